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
        let output = URL(fileURLWithPath: outputDirectory).standardizedFileURL
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let manager = FileManager.default
        removeLeftovers(of: name, in: parent)
        let staging = parent.appendingPathComponent(".\(name).atlas-staging-\(getpid())")
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw WriteError(description: "\(parent.path): cannot create the staging folder (\(error.localizedDescription)); \(output.path)/ left untouched")
        }
        do {
            for file in files {
                guard let relative = Self.safeRelativePath(file.path) else {
                    throw WriteError(description: "refusing to write `\(file.path)`: outside the output folder")
                }
                let target = staging.appendingPathComponent(relative)
                try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Self.writeFile(file.bytes, to: target.path, untouched: output.path)
            }
            try swap(staging: staging, into: output)
        } catch let error as WriteError {
            try? manager.removeItem(at: staging)
            throw error
        } catch {
            try? manager.removeItem(at: staging)
            throw WriteError(description: "\(output.path): \(error.localizedDescription); \(output.path)/ left untouched")
        }
    }

    /// Writes one file with POSIX calls, so a full disk or a read-only folder is named as such.
    private static func writeFile(_ bytes: [UInt8], to path: String, untouched output: String) throws(WriteError) {
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

    private func swap(staging: URL, into output: URL) throws {
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
