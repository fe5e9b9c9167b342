public import ArgumentParser
internal import AtlasSite
internal import AtlasContent
internal import AtlasFiles
internal import Foundation

/// `atlas build`: validates everything and writes the site, or leaves the old one untouched.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Validate the content and write the static site."
    )

    @OptionGroup var project: ProjectOptions

    @Option(help: "Folder the site is written to (replaced atomically).")
    var output = "site"

    @Option(name: .customLong("base-url"), help: "Public root of the site, e.g. https://user.github.io/atlas/.")
    var baseURL = SiteURL.default.description

    @Flag(help: "Print the time each pipeline step took.")
    var timings = false

    func validate() throws {
        guard SiteURL(parsing: baseURL) != nil else {
            throw ValidationError("--base-url must be an http(s) URL or a path starting with `/`, got `\(baseURL)`")
        }
    }

    func run() async throws {
        let options = BuildOptions(baseURL: SiteURL(parsing: baseURL)!, includeDrafts: project.drafts)
        let input = ProjectReader().read(contentDirectory: project.content, templatesDirectory: project.templates, dataDirectory: project.data)
        let start = ContinuousClock.now
        // Pages go to disk as they are rendered (into a staging folder swapped in at the end).
        let staging: SiteWriter.Staging
        do {
            staging = try SiteWriter().begin(output)
        } catch {
            DiagnosticPrinter.line("error: \(error.description)")
            throw ExitCode(1)
        }
        let result = await SiteBuilder.build(input, options: options, streamingTo: staging)
        DiagnosticPrinter.print(result.diagnostics)
        guard result.succeeded else {
            staging.abandon()
            DiagnosticPrinter.summary(result.diagnostics, outcome: "\(output)/ left untouched")
            throw ExitCode(1)
        }
        do {
            try staging.commit()
        } catch {
            DiagnosticPrinter.line("error: \(error.description)")
            throw ExitCode(1)
        }
        if timings {
            for (step, duration) in result.timings {
                print("  \(step.padding(toLength: 34, withPad: " ", startingAt: 0)) \(duration.formatted(.units(allowed: [.milliseconds], fractionalPart: .show(length: 1))))")
            }
        }
        let elapsed = start.duration(to: .now)
        let milliseconds = Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
        print("Built \(result.fileCount) files into \(output)/ in \(milliseconds) ms.")
    }
}

/// `atlas check`: validates everything and writes nothing.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the content and templates without writing anything."
    )

    @OptionGroup var project: ProjectOptions

    func run() async throws {
        let input = ProjectReader().read(contentDirectory: project.content, templatesDirectory: project.templates, dataDirectory: project.data)
        let now = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        let today = PartialDate(year: now.year!, month: now.month!, day: now.day!)
        let result = await SiteBuilder.build(input, options: BuildOptions(includeDrafts: project.drafts, adviseAsOf: today))
        DiagnosticPrinter.print(result.diagnostics)
        guard result.succeeded else {
            DiagnosticPrinter.summary(result.diagnostics, outcome: "nothing written")
            throw ExitCode(1)
        }
        let warnings = result.diagnostics.filter { $0.severity == .warning }.count
        print("No errors\(warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : "") in \(input.contentFiles.count) content files.")
    }
}
