public import ArgumentParser
internal import AtlasServe
internal import Foundation

/// `atlas serve`: a live preview that rebuilds on every change and reloads open pages.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build, serve from memory, and rebuild and reload on every change.",
        discussion: "Binds to loopback by default. Pages get a small reload script while served; site/ is never touched."
    )

    @OptionGroup var project: ProjectOptions

    @Option(help: "Port to listen on (0 picks a free one).")
    var port: UInt16 = 8000

    @Option(help: "IPv4 address to bind; 127.0.0.1 keeps the preview private.")
    var host = "127.0.0.1"

    @Flag(help: "Poll for changes instead of using inotify (for network or container file systems).")
    var poll = false

    func validate() throws {
        let address = host == "localhost" ? "127.0.0.1" : host
        let parts = address.split(separator: ".")
        guard parts.count == 4, parts.allSatisfy({ UInt8($0) != nil }) else {
            throw ValidationError("--host must be an IPv4 address such as 127.0.0.1, got `\(host)`")
        }
    }

    func run() async throws {
        let address = host == "localhost" ? "127.0.0.1" : host
        let server = PreviewServer(.init(content: project.content, templates: project.templates, data: project.data, host: address,
                                         port: port, drafts: project.drafts, poll: poll))
        try await server.run { port in
            FileHandle.standardOutput.write(Data("Serving the atlas at http://\(address):\(port)/ (Ctrl-C to stop)\n".utf8))
        }
    }
}
