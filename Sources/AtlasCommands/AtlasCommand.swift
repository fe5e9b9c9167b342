public import ArgumentParser
internal import Foundation

/// The `atlas` command: builds and checks the atlas.
public struct AtlasCommand: AsyncParsableCommand {
    /// Names the subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "atlas",
        abstract: "Build a browsable atlas of the AI-infrastructure buildout from Markdown.",
        subcommands: [BuildCommand.self, CheckCommand.self, NewCommand.self, ServeCommand.self, ModelCommand.self],
        defaultSubcommand: BuildCommand.self
    )

    /// Creates the command.
    public init() {}

    /// Parses `arguments`, runs the command and returns the process exit code:
    /// 0 on success, 1 on content errors, 2 on usage errors.
    public static func main(arguments: [String]) async -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            return 0
        } catch let exit as ExitCode {
            return exit.rawValue
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                print(message)
                return 0
            }
            FileHandle.standardError.write(Data((message + "\n").utf8))
            return code == .validationFailure ? 2 : code.rawValue
        }
    }
}
