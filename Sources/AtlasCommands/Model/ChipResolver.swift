public import ArgumentParser
internal import AtlasContent
internal import AtlasFiles
internal import AtlasSimulation
internal import AtlasSite

/// Finds `--chip`: a content entry (`content/chips/<slug>.md`) when there is one, else a built-in preset.
///
/// Content is the source of truth for figures; the preset supplies defaults content leaves blank
/// (the all-in power per accelerator), so `h100-sxm` and `nvidia-h100-sxm` give the same answer.
enum ChipResolver {
    static let vendorPrefixes = ["", "nvidia-", "amd-", "google-", "aws-", "intel-", "meta-"]

    static func resolve(_ name: String, contentDirectory: String) throws -> Accelerator {
        let preset = AcceleratorCatalog.find(name)
        if let entry = try contentChip(name, preset: preset, contentDirectory: contentDirectory) { return entry }
        if let preset { return preset }
        let known = AcceleratorCatalog.all.map(\.name).joined(separator: ", ")
        throw ValidationError("unknown chip `\(name)`: not in \(contentDirectory)/chips/ nor among the presets (\(known))")
    }

    private static func contentChip(_ name: String, preset: Accelerator?, contentDirectory: String) throws -> Accelerator? {
        let input = ProjectReader().read(contentDirectory: contentDirectory, templatesDirectory: contentDirectory + "/.no-templates")
        let candidates = vendorPrefixes.map { $0 + name.lowercased() } + (preset.map { p in vendorPrefixes.map { $0 + p.name } } ?? [])
        for slug in candidates {
            let suffix = "/chips/\(slug).md"
            guard let file = input.contentFiles.first(where: { $0.path.hasSuffix(suffix) }) else { continue }
            let parsed = ContentParser.parse(file, kind: .chips, fileSlug: slug)
            guard let entry = parsed.entry, case let .chip(chip) = entry.details else {
                let problems = parsed.diagnostics.map(\.description).joined(separator: "\n")
                throw ValidationError("\(file.path) is not a valid chip entry:\n\(problems)")
            }
            return SimulationInputs.accelerator(from: chip, slug: slug, path: file.path, preset: preset)
        }
        return nil
    }
}
