public import ArgumentParser
internal import AtlasContent
internal import Foundation

extension ContentKind: ExpressibleByArgument {}

/// `atlas new <kind> "<title>"`: writes a draft with every field of the kind, never overwriting.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a content file with every field of its kind, present or commented.",
        discussion: "Example: atlas new facilities \"Stargate Abilene\" writes content/facilities/stargate-abilene.md."
    )

    @Argument(help: "The content folder: \(ContentKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: ContentKind

    @Argument(help: "The entry's title.")
    var title: String

    @Option(help: "Folder of Markdown content.")
    var content = "content"

    func validate() throws {
        guard !title.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("the title must not be empty") }
        guard !ContentScaffold.slug(for: title).isEmpty else {
            throw ValidationError("no slug can be made from \"\(title)\"; use a title with letters or digits")
        }
    }

    func run() throws {
        let slug = ContentScaffold.slug(for: title)
        let folder = URL(fileURLWithPath: content).appendingPathComponent(kind.rawValue)
        let file = folder.appendingPathComponent(slug + ".md")
        let display = "\(content)/\(kind.rawValue)/\(slug).md"
        guard !FileManager.default.fileExists(atPath: file.path) else {
            DiagnosticPrinter.line("error: \(display) already exists; not overwritten")
            throw ExitCode(1)
        }
        let today = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        let text = ContentScaffold.text(kind: kind, title: title, today: PartialDate(year: today.year!, month: today.month!, day: today.day!))
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file, options: .withoutOverwriting)
        } catch {
            DiagnosticPrinter.line("error: \(display): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        print("Created \(display) (a draft: fill it in, then remove `draft: true`).")
    }
}
