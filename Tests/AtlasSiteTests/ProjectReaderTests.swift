import Foundation
import Testing
import AtlasContent
import AtlasFiles
import AtlasSite

/// The reader never follows a symlink out of `content/` and never opens special files.
@Suite struct ProjectReaderTests {
    private func project(_ files: [String: String]) throws -> URL {
        let root = try TestSupport.temporaryDirectory()
        try TestSupport.write(files, under: root)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("templates"), withIntermediateDirectories: true)
        return root
    }

    private func read(_ root: URL) -> SiteInput {
        ProjectReader().read(contentDirectory: root.appendingPathComponent("content").path,
                             templatesDirectory: root.appendingPathComponent("templates").path)
    }

    @Test func symlinksLeavingContentAreRefused() throws {
        let root = try project(["secret.txt": "top secret", "content/pages/ok.md": "---\ntitle: OK\n---\n"])
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("content/pages/leak.md").path,
                                                   withDestinationPath: root.appendingPathComponent("secret.txt").path)
        let input = read(root)
        #expect(input.contentFiles.map { $0.path.hasSuffix("ok.md") } == [true])
        #expect(input.readDiagnostics.contains { $0.path.hasSuffix("leak.md") && $0.message.contains("outside") })
        #expect(!input.contentFiles.contains { String(decoding: $0.bytes, as: UTF8.self).contains("top secret") })
    }

    @Test func symlinksInsideContentAreFollowed() throws {
        let root = try project(["content/pages/ok.md": "---\ntitle: OK\n---\n"])
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("content/pages/alias.md").path,
                                                   withDestinationPath: root.appendingPathComponent("content/pages/ok.md").path)
        #expect(read(root).contentFiles.count == 2)
    }

    @Test func loopsFIFOsAndFoldersNamedLikeFilesAreNeverRead() throws {
        let root = try project(["content/pages/ok.md": "---\ntitle: OK\n---\n"])
        let pages = root.appendingPathComponent("content/pages")
        try FileManager.default.createSymbolicLink(atPath: pages.appendingPathComponent("a.md").path, withDestinationPath: pages.appendingPathComponent("b.md").path)
        try FileManager.default.createSymbolicLink(atPath: pages.appendingPathComponent("b.md").path, withDestinationPath: pages.appendingPathComponent("a.md").path)
        #expect(mkfifo(pages.appendingPathComponent("pipe.md").path, 0o644) == 0)
        try FileManager.default.createDirectory(at: pages.appendingPathComponent("x.md"), withIntermediateDirectories: true)
        let input = read(root)
        #expect(input.contentFiles.map { ($0.path as NSString).lastPathComponent } == ["ok.md"])
        let messages = input.readDiagnostics.map(\.description)
        #expect(messages.contains { $0.contains("a.md") && $0.contains("loops") })
        #expect(messages.contains { $0.contains("pipe.md") && $0.contains("not a regular file") })
        #expect(messages.contains { $0.contains("x.md") && $0.contains("is a folder") })
    }
}
