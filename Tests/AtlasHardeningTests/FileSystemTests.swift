import Foundation
import Testing
import AtlasContent
import AtlasFiles

/// Hostile folders: loops, FIFOs, folders that look like files, files too large to read.
@Suite struct FileSystemTests {
    private func project(_ setUp: (URL) throws -> Void) throws -> (URL, SiteInputSummary) {
        let root = try Hardening.temporaryDirectory()
        try Hardening.write(["content/pages/ok.md": "---\ntitle: OK\n---\n"], under: root)
        try setUp(root.appendingPathComponent("content"))
        let clock = ContinuousClock()
        let start = clock.now
        let input = ProjectReader().read(contentDirectory: root.appendingPathComponent("content").path,
                                         templatesDirectory: Hardening.repositoryRoot.appendingPathComponent("templates").path,
                                         dataDirectory: nil)
        let elapsed = start.duration(to: clock.now)
        let prefix = root.path + "/"
        let summary = SiteInputSummary(
            files: input.contentFiles.map { String($0.path.dropFirst(prefix.count)) },
            diagnostics: input.readDiagnostics.map {
                "\($0.path.dropFirst(prefix.count)): \($0.severity.rawValue): \($0.message.replacingOccurrences(of: prefix, with: ""))"
            },
            elapsed: elapsed)
        return (root, summary)
    }

    struct SiteInputSummary {
        var files: [String]
        var diagnostics: [String]
        var elapsed: Duration
    }

    @Test func symlinkLoopsAreReportedNotFollowed() throws {
        let (root, summary) = try project { content in
            let pages = content.appendingPathComponent("pages")
            try FileManager.default.createSymbolicLink(atPath: pages.appendingPathComponent("a.md").path, withDestinationPath: "b.md")
            try FileManager.default.createSymbolicLink(atPath: pages.appendingPathComponent("b.md").path, withDestinationPath: "a.md")
            try FileManager.default.createSymbolicLink(atPath: pages.appendingPathComponent("self.md").path, withDestinationPath: "self.md")
            try FileManager.default.createSymbolicLink(atPath: content.appendingPathComponent("loop").path, withDestinationPath: ".")
        }
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(summary.files == ["content/pages/ok.md"])
        #expect(summary.diagnostics.contains("content/pages/a.md: error: symlink is dangling or loops; not read"))
        #expect(summary.diagnostics.contains("content/pages/self.md: error: symlink is dangling or loops; not read"))
        #expect(summary.diagnostics.contains("content/loop: warning: symlink to a folder is not followed"))
        #expect(summary.elapsed < .seconds(1))
    }

    @Test func aFIFONamedLikeContentIsNeverOpened() throws {
        let (root, summary) = try project { content in
            #expect(mkfifo(content.appendingPathComponent("pages/x.md").path, 0o644) == 0)
        }
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(summary.files == ["content/pages/ok.md"])
        #expect(summary.diagnostics == ["content/pages/x.md: warning: is not a regular file (FIFO, socket or device); never read"])
        #expect(summary.elapsed < .seconds(1))
    }

    @Test func aSymlinkToAFIFOIsNeverOpened() throws {
        let (root, summary) = try project { content in
            #expect(mkfifo(content.appendingPathComponent("pages/fifo").path, 0o644) == 0)
            try FileManager.default.createSymbolicLink(atPath: content.appendingPathComponent("pages/y.md").path, withDestinationPath: "fifo")
        }
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(summary.files == ["content/pages/ok.md"])
        #expect(summary.diagnostics.contains("content/pages/y.md: warning: is not a regular file (FIFO, socket or device); never read"))
    }

    @Test func aFolderNamedLikeAMarkdownFileIsReported() throws {
        let (root, summary) = try project { content in
            try FileManager.default.createDirectory(at: content.appendingPathComponent("pages/x.md"), withIntermediateDirectories: true)
        }
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(summary.files == ["content/pages/ok.md"])
        #expect(summary.diagnostics == ["content/pages/x.md: warning: is a folder, not a Markdown file; ignored"])
    }

    @Test func filesOverTheSizeLimitAreNotRead() throws {
        let (root, summary) = try project { content in
            let path = content.appendingPathComponent("pages/huge.md").path
            #expect(FileManager.default.createFile(atPath: path, contents: nil))
            #expect(truncate(path, off_t(ProjectReader.maximumFileSize + 1)) == 0)  // sparse: nothing is written
            let exact = content.appendingPathComponent("pages/exact.md").path
            #expect(FileManager.default.createFile(atPath: exact, contents: nil))
            #expect(truncate(exact, off_t(ProjectReader.maximumFileSize)) == 0)
        }
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(ProjectReader.maximumFileSize == 8 * 1024 * 1024)
        #expect(summary.files == ["content/pages/exact.md", "content/pages/ok.md"])
        #expect(summary.diagnostics == ["content/pages/huge.md: error: file is larger than the 8 MiB limit"])
    }

    @Test func symlinksOutOfContentAreRefused() throws {
        let (root, summary) = try project { content in
            try FileManager.default.createSymbolicLink(atPath: content.appendingPathComponent("pages/passwd.md").path, withDestinationPath: "/etc/passwd")
            try FileManager.default.createSymbolicLink(atPath: content.appendingPathComponent("pages/up.md").path, withDestinationPath: "../../outside.md")
        }
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(summary.files == ["content/pages/ok.md"])
        #expect(summary.diagnostics.filter { $0.contains("symlink leads outside content") }.count == 1)  // up.md dangles
        #expect(summary.diagnostics.contains("content/pages/passwd.md: error: symlink leads outside content; not read"))
    }
}
