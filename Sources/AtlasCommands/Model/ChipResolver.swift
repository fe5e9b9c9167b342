public import ArgumentParser
internal import AtlasContent
internal import AtlasFiles
internal import AtlasSimulation

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
            return accelerator(from: chip, slug: slug, path: file.path, preset: preset ?? AcceleratorCatalog.find(slug))
        }
        return nil
    }

    /// Maps a content `Chip` onto the simulation core's input struct.
    static func accelerator(from chip: Chip, slug: String, path: String, preset: Accelerator?) -> Accelerator {
        var throughput: [Precision: Double] = [:]
        let fields: [(Precision, Double?)] = [
            (.fp64, chip.fp64TFLOPS), (.fp32, chip.fp32TFLOPS), (.tf32, chip.tf32TFLOPS), (.fp16, chip.fp16TFLOPS),
            (.bf16, chip.bf16TFLOPS), (.fp8, chip.fp8TFLOPS), (.fp6, chip.fp6TFLOPS), (.fp4, chip.fp4TFLOPS), (.int8, chip.int8TOPS),
        ]
        for (precision, value) in fields { if let value { throughput[precision] = value } }
        let allIn = chip.allInKW ?? preset?.allInKW
        return Accelerator(
            name: slug, denseTFLOPS: throughput, tdpW: chip.tdpW, allInKW: allIn,
            allInSource: chip.allInKW != nil ? "all_in_kw in \(path)" : preset?.allInSource,
            memoryTBs: chip.memoryTBs, chipToChipGBs: chip.scaleupGBs, dieAreaMM2: chip.dieAreaMM2,
            datacenter: chip.datacenter ?? true, source: path)
    }
}
