/// A place in a source file: 1-based line and column (columns count Unicode scalars).
public struct SourceLocation: Sendable, Hashable, Comparable {
    /// 1-based line of the file (not of the front-matter block).
    public var line: Int
    /// 1-based column.
    public var column: Int

    /// Creates a location.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// Orders by line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// A build error or warning that points at its source: `path:line:col: error: message`.
public struct Diagnostic: Error, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How bad it is.
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning

        /// Errors sort before warnings.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
    }

    /// Path as the user knows it, e.g. `content/facilities/x.md`.
    public var path: String
    /// Where in the file.
    public var location: SourceLocation
    /// Error or warning.
    public var severity: Severity
    /// What is wrong, in one sentence.
    public var message: String
    /// A required value is missing: an error, but only a warning in a draft.
    public var isIncomplete: Bool

    /// Creates a diagnostic.
    public init(path: String, location: SourceLocation, severity: Severity = .error, message: String, isIncomplete: Bool = false) {
        self.path = path
        self.location = location
        self.severity = severity
        self.message = message
        self.isIncomplete = isIncomplete
    }

    /// Creates an error at `line:column`.
    public static func error(_ message: String, path: String, line: Int, column: Int = 1) -> Diagnostic {
        Diagnostic(path: path, location: SourceLocation(line: line, column: column), message: message)
    }

    /// The compiler-style line.
    public var description: String {
        "\(path):\(location.line):\(location.column): \(severity.rawValue): \(message)"
    }

    /// Orders by file, then position, then message, so reports are stable.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.path, lhs.location.line, lhs.location.column, lhs.message)
            < (rhs.path, rhs.location.line, rhs.location.column, rhs.message)
    }
}
