public import ArgumentParser

/// Where the project's folders are.
struct ProjectOptions: ParsableArguments {
    @Option(help: "Folder of Markdown content, one subfolder per kind.")
    var content = "content"

    @Option(help: "Folder of Mustache templates and static assets.")
    var templates = "templates"

    @Option(help: "Folder of data files (Natural Earth geometry for the maps in naturalearth/).")
    var data = "data"

    @Flag(help: "Also build entries marked `draft: true`.")
    var drafts = false
}
