/// A content file as read from disk: its path relative to the project and its raw bytes.
public struct SourceFile: Sendable, Hashable {
    /// Path shown in diagnostics, e.g. `content/facilities/x.md`.
    public var path: String
    /// The file's bytes; decoding and validation happen in the core.
    public var bytes: [UInt8]

    /// Creates a source file.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// Creates a source file from text.
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}
