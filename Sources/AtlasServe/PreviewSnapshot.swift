public import AtlasContent
public import AtlasSite

/// What the preview server shows: the last good site, its version, and the errors of the last build if it failed.
public struct PreviewSnapshot: Sendable {
    /// Output files by site-relative path.
    public var files: [String: [UInt8]]
    /// Increases with every build, good or failed; browsers reload when it changes.
    public var version: Int
    /// Errors of the latest build when it failed; the files are then the last good ones.
    public var failure: [Diagnostic]

    /// Creates a snapshot.
    public init(files: [String: [UInt8]] = [:], version: Int = 0, failure: [Diagnostic] = []) {
        self.files = files
        self.version = version
        self.failure = failure
    }

    /// The snapshot after `result`: new files on success, the same files and its errors on failure.
    public func applying(_ result: BuildResult) -> PreviewSnapshot {
        if result.succeeded {
            return PreviewSnapshot(files: Dictionary(result.files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { $1 }),
                                   version: version + 1, failure: [])
        }
        return PreviewSnapshot(files: files, version: version + 1, failure: result.diagnostics.filter { $0.severity == .error })
    }
}
