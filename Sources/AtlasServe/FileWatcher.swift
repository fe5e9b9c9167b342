internal import Foundation
#if canImport(Glibc)
internal import Glibc
#endif

/// Reports changes under a set of folders: inotify on Linux, polling elsewhere or on request.
///
/// Changes arriving close together are coalesced, so saving many files triggers one rebuild.
public final class FileWatcher: Sendable {
    /// How changes are noticed.
    public enum Mode: Sendable {
        case inotify
        case polling(interval: Duration)
    }

    private let folders: [String]
    private let mode: Mode

    /// Watches `folders` (recursively).
    public init(folders: [String], mode: Mode) {
        self.folders = folders
        self.mode = mode
    }

    /// One element per batch of changes, until the task that iterates is cancelled.
    public func changes() -> AsyncStream<Void> {
        let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        switch mode {
        case .polling(let interval):
            let task = Task.detached { [folders] in
                var previous = Self.fingerprint(folders)
                while !Task.isCancelled {
                    try? await Task.sleep(for: interval)
                    let current = Self.fingerprint(folders)
                    if current != previous {
                        previous = current
                        continuation.yield()
                    }
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        case .inotify:
            #if os(Linux)
            let descriptor = inotify_init1(Int32(IN_CLOEXEC))
            guard descriptor >= 0 else {
                return FileWatcher(folders: folders, mode: .polling(interval: .milliseconds(250))).changes()
            }
            let mask = UInt32(IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_CLOSE_WRITE | IN_ATTRIB)
            for folder in Self.directories(under: folders) { inotify_add_watch(descriptor, folder, mask) }
            let folders = self.folders
            let thread = Thread {
                var buffer = [UInt8](repeating: 0, count: 64 * 1024)
                while true {
                    let count = read(descriptor, &buffer, buffer.count)
                    if count <= 0 { break }
                    // New folders need watches of their own; adding one twice is harmless.
                    for folder in Self.directories(under: folders) { inotify_add_watch(descriptor, folder, mask) }
                    continuation.yield()
                }
            }
            thread.start()
            continuation.onTermination = { _ in close(descriptor) }
            #else
            return FileWatcher(folders: folders, mode: .polling(interval: .milliseconds(250))).changes()
            #endif
        }
        return stream
    }

    /// Every folder below `roots`, roots included.
    static func directories(under roots: [String]) -> [String] {
        var result: [String] = []
        for root in roots {
            result.append(root)
            let enumerator = FileManager.default.enumerator(atPath: root)
            while let item = enumerator?.nextObject() as? String {
                var isDirectory: ObjCBool = false
                let path = root + "/" + item
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { result.append(path) }
            }
        }
        return result.sorted()
    }

    /// Path, size and modification time of every file, for polling.
    static func fingerprint(_ roots: [String]) -> [String: String] {
        var result: [String: String] = [:]
        for root in roots {
            let enumerator = FileManager.default.enumerator(atPath: root)
            while let item = enumerator?.nextObject() as? String {
                let path = root + "/" + item
                guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { continue }
                let size = (attributes[.size] as? NSNumber)?.intValue ?? -1
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                result[path] = "\(size)@\(modified)"
            }
        }
        return result
    }
}
