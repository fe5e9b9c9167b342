internal import AtlasContent
internal import Foundation

/// Prints diagnostics to standard error, compiler style.
enum DiagnosticPrinter {
    static func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics.sorted() { line(diagnostic.description) }
    }

    static func summary(_ diagnostics: [Diagnostic], outcome: String) {
        let errors = diagnostics.filter { $0.severity == .error }
        let files = Set(errors.map(\.path)).count
        line("\(errors.count) error\(errors.count == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s"); \(outcome).")
    }

    static func line(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
