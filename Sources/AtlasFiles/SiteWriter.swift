public import AtlasSite
internal import Foundation

/// Writes a built site into a staging folder beside the output, then swaps it in atomically.
///
/// A failed or killed build therefore never touches the previous output.
public struct SiteWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// Why writing failed.
    public struct WriteError: Error, CustomStringConvertible {
        /// What went wrong, with the path.
        public let description: String
    }

    /// Replaces `outputDirectory` with exactly `files`.
    public func write(_ files: [OutputFile], to outputDirectory: String) throws(WriteError) {
        let staging = try begin(outputDirectory)
        staging.accept(files)
        try staging.commit()
    }

    /// Opens a staging folder beside `outputDirectory`; files handed to it are written at once,
    /// and `commit` swaps the folder in. Until then the previous output stays as it was.
    public func begin(_ outputDirectory: String) throws(WriteError) -> Staging {
        let output = URL(fileURLWithPath: outputDirectory).standardizedFileURL
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        removeLeftovers(of: name, in: parent)
        let staging = parent.appendingPathComponent(".\(name).atlas-staging-\(getpid())")
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw WriteError(description: "\(parent.path): cannot create the staging folder (\(error.localizedDescription)); \(output.path)/ left untouched")
        }
        return Staging(folder: staging, output: output)
    }

    /// A staging folder being filled; safe to hand files to from several tasks at once.
    public final class Staging: OutputSink, @unchecked Sendable {
        private let folder: URL
        private let output: URL
        private let lock = NSLock()
        /// The first failure; once set, later files are dropped and `commit` throws it.
        private var failure: WriteError?
        private var folders: Set<String> = []

        fileprivate init(folder: URL, output: URL) {
            self.folder = folder
            self.output = output
        }

        /// Writes `files` into the staging folder now.
        public func accept(_ files: [OutputFile]) {
            for file in files {
                guard lock.withLock({ failure == nil }) else { return }
                do throws(WriteError) {
                    try write(file)
                } catch {
                    lock.withLock { if failure == nil { failure = error } }
                    return
                }
            }
        }

        private func write(_ file: OutputFile) throws(WriteError) {
            guard let relative = SiteWriter.safeRelativePath(file.path) else {
                throw WriteError(description: "refusing to write `\(file.path)`: outside the output folder")
            }
            let target = folder.appendingPathComponent(relative)
            let directory = target.deletingLastPathComponent()
            if !lock.withLock({ folders.contains(directory.path) }) {
                do {
                    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                } catch {
                    throw WriteError(description: "\(directory.path): \(error.localizedDescription); \(output.path)/ left untouched")
                }
                lock.withLock { _ = folders.insert(directory.path) }
            }
            try SiteWriter.writeFile(file.bytes, to: target.path, untouched: output.path)
        }

        /// Swaps the staging folder in for the output; on any earlier failure, removes it and throws.
        public func commit() throws(WriteError) {
            if let failure = lock.withLock({ failure }) {
                abandon()
                throw failure
            }
            do {
                try SiteWriter().swap(staging: folder, into: output)
            } catch let error as WriteError {
                abandon()
                throw error
            } catch {
                abandon()
                throw WriteError(description: "\(output.path): \(error.localizedDescription); \(output.path)/ left untouched")
            }
        }

        /// Removes the staging folder; the output stays as it was.
        public func abandon() {
            try? FileManager.default.removeItem(at: folder)
        }
    }

    /// Writes one file with POSIX calls, so a full disk or a read-only folder is named as such.
    fileprivate static func writeFile(_ bytes: [UInt8], to path: String, untouched output: String) throws(WriteError) {
        func failure(_ what: String) -> WriteError {
            let code = errno
            let reason = String(cString: strerror(code))
            let hint = code == ENOSPC || code == EDQUOT || code == EFBIG ? " (the disk is full or a size limit was reached)" : ""
            return WriteError(description: "\(path): cannot \(what): \(reason)\(hint); \(output)/ left untouched")
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure("create the file") }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { posixWrite(descriptor, $0.baseAddress! + written, $0.count - written) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                let error = failure("write")
                close(descriptor)
                throw error
            }
            written += count
        }
        guard close(descriptor) == 0 else { throw failure("finish writing") }
    }

    /// `a/b.html` stays; absolute paths, `..`, `.`, empty segments and backslashes are refused.
    static func safeRelativePath(_ path: String) -> String? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0"),
              segments.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else { return nil }
        return path
    }

    fileprivate func swap(staging: URL, into output: URL) throws {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: output.path, isDirectory: &isDirectory) else {
            try manager.moveItem(at: staging, to: output)
            return
        }
        guard isDirectory.boolValue else {
            throw WriteError(description: "\(output.path) exists and is not a folder")
        }
        if let exchange = Self.renameExchange {
            guard exchange(AT_FDCWD, staging.path, AT_FDCWD, output.path, 2 /* RENAME_EXCHANGE */) == 0 else {
                throw WriteError(description: "\(output.path): cannot swap in the new site (\(String(cString: strerror(errno))))")
            }
            try? manager.removeItem(at: staging)  // now holds the previous site
        } else {
            let previous = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).atlas-previous-\(getpid())")
            try manager.moveItem(at: output, to: previous)
            try manager.moveItem(at: staging, to: output)
            try? manager.removeItem(at: previous)
        }
    }

    /// Staging folders of builds that were killed before they finished.
    private func removeLeftovers(of name: String, in parent: URL) {
        let manager = FileManager.default
        for item in (try? manager.contentsOfDirectory(atPath: parent.path)) ?? []
        where item.hasPrefix(".\(name).atlas-staging-") || item.hasPrefix(".\(name).atlas-previous-") {
            try? manager.removeItem(at: parent.appendingPathComponent(item))
        }
    }

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// Linux's `renameat2`, looked up at run time because Glibc's Swift overlay does not declare it.
    private static let renameExchange: RenameAt2? = {
        #if os(Linux)
        guard let symbol = dlsym(nil, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
        #else
        return nil
        #endif
    }()
}

/// `write(2)`, named apart from `SiteWriter.write`, which would shadow it inside the type.
private func posixWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
