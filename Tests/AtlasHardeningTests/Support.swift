import Foundation
import Testing
import AtlasContent
import AtlasSite
import AtlasFiles

/// Builders, timers and folders shared by the hardening tests.
enum Hardening {
    /// The repository root, found from this file's location (works in a fresh clone).
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped templates, read once.
    static let templates: [TemplateFile] = {
        let input = ProjectReader().read(contentDirectory: repositoryRoot.appendingPathComponent("content").path,
                                         templatesDirectory: repositoryRoot.appendingPathComponent("templates").path,
                                         dataDirectory: nil)
        return input.templates
    }()

    /// True in an optimised build, where the real (large) sizes of the issue run in the unit tests.
    static var isRelease: Bool {
        #if DEBUG
        false
        #else
        true
        #endif
    }

    /// The wall-clock bound every pathological input must meet: the 10 s on two cores in
    /// an optimised build (`swift test -c release --filter AtlasHardeningTests`). A debug build
    /// runs 5–10× slower and shares the cores with every other suite of `swift test`, so there the
    /// bound only proves "no hang, nothing quadratic".
    static let timeLimit: Duration = isRelease ? .seconds(10) : .seconds(60)

    /// A minimal valid page whose body is `body`.
    static func page(title: String = "Probe", body: String) -> String {
        "---\ntitle: \(title)\n---\n" + body
    }

    /// Builds a site of the given content files (path under `content/` → text) in memory, timed.
    static func build(_ files: [String: String], baseURL: String = "https://atlas.example/") async -> (result: BuildResult, elapsed: Duration) {
        await build(bytes: files.mapValues { Array($0.utf8) }, baseURL: baseURL)
    }

    /// Builds a site of the given content files (path under `content/` → bytes) in memory, timed.
    static func build(bytes files: [String: [UInt8]], baseURL: String = "https://atlas.example/") async -> (result: BuildResult, elapsed: Duration) {
        let input = SiteInput(contentRoot: "content",
                              contentFiles: files.sorted { $0.key < $1.key }.map { SourceFile(path: "content/" + $0.key, bytes: $0.value) },
                              templates: templates)
        let clock = ContinuousClock()
        let start = clock.now
        let result = await SiteBuilder.build(input, options: BuildOptions(baseURL: SiteURL(parsing: baseURL)!))
        return (result, start.duration(to: clock.now))
    }

    /// Times a synchronous piece of work.
    static func timed<T>(_ work: () throws -> T) rethrows -> (T, Duration) {
        let clock = ContinuousClock()
        let start = clock.now
        let value = try work()
        return (value, start.duration(to: clock.now))
    }

    /// The error lines of a result.
    static func errors(_ result: BuildResult) -> [String] {
        result.diagnostics.filter { $0.severity == .error }.map(\.description)
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("atlas-hardening-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `files` (relative path → text) under `root`.
    static func write(_ files: [String: String], under root: URL) throws {
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    /// Every file under `root`, relative path → bytes.
    static func tree(_ root: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = root.appendingPathComponent(path).path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[path] = FileManager.default.contents(atPath: full)
            }
        }
        return result
    }

    /// Peak resident memory of this process so far, in MiB (Linux `VmHWM`).
    static func peakResidentMiB() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kib = Int(line.split(separator: " ").dropFirst().first ?? "") else { return nil }
        return kib / 1024
    }
}

extension Duration {
    /// Seconds as a Double, for messages.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
