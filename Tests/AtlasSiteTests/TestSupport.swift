import Foundation
import AtlasContent
import AtlasSite
import AtlasFiles

/// Paths and builders shared by the site tests.
enum TestSupport {
    /// The repository root, found from this file's location (works in a fresh clone).
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped templates folder.
    static let templatesDirectory = repositoryRoot.appendingPathComponent("templates").path

    /// The fixture site's content folder.
    static let miniContent = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/mini/content").path

    /// The golden files folder in the source tree (so updates land in git).
    static let goldenDirectory = repositoryRoot.appendingPathComponent("Tests/AtlasSiteTests/Fixtures/golden")

    /// Reads the mini fixture site from disk.
    static func miniInput() -> SiteInput {
        ProjectReader().read(contentDirectory: miniContent, templatesDirectory: templatesDirectory,
                             dataDirectory: repositoryRoot.appendingPathComponent("data").path)
    }

    /// Builds the mini site in memory with a fixed base URL.
    static func buildMini(baseURL: String = "https://atlas.example/sub/") async -> BuildResult {
        await SiteBuilder.build(miniSiteInput(), options: BuildOptions(baseURL: SiteURL(parsing: baseURL)!))
    }

    /// The mini site's input with paths as `content/<kind>/<slug>.md`.
    static func miniSiteInput() -> SiteInput {
        let input = miniInput()
        return SiteInput(contentRoot: "content", contentFiles: input.contentFiles.map {
            SourceFile(path: "content/" + $0.path.dropFirst(miniContent.count + 1), bytes: $0.bytes)
        }, templates: input.templates, assets: input.assets, readDiagnostics: input.readDiagnostics, mapData: input.mapData)
    }

    /// A fresh temporary folder.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("atlas-test-\(UUID().uuidString)")
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
}
