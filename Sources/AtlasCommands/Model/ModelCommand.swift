internal import ArgumentParser

/// `atlas model`: what-if queries against the simulation core, printed as a table or JSON.
struct ModelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model",
        abstract: "Run the atlas's models from the terminal (what-if queries).",
        discussion: "Every subcommand prints a readable table, or JSON with snake_case keys with --json. Results list their inputs, the assumptions used (with sources) and the model version.",
        subcommands: [
            ExportModelCommand.self, CapacityModelCommand.self, TrainingModelCommand.self, CollectiveModelCommand.self,
            OpticsModelCommand.self, WindModelCommand.self,
        ]
    )
}

/// The output switch every `atlas model` subcommand shares.
struct ModelOutputOptions: ParsableArguments {
    @Flag(help: "Print JSON (sorted snake_case keys) instead of a table.")
    var json = false

    /// Prints `report` in the chosen form.
    func print(_ report: ModelReport) {
        Swift.print(json ? report.json() : report.table())
    }
}
