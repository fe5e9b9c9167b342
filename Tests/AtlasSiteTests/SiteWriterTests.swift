import Foundation
import Testing
import AtlasSite
@testable import AtlasFiles

@Suite struct SiteWriterTests {
    @Test(arguments: ["../escape.html", "/etc/passwd", "a/../../b", "a//b", "./a", "a\\b", ""])
    func pathsLeavingTheOutputFolderAreRefused(path: String) throws {
        let root = try TestSupport.temporaryDirectory()
        let output = root.appendingPathComponent("site")
        #expect(throws: SiteWriter.WriteError.self) {
            try SiteWriter().write([OutputFile(path: path, text: "x")], to: output.path)
        }
        #expect(!FileManager.default.fileExists(atPath: output.path))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("escape.html").path))
    }

    @Test func anUnwritableOutputGivesAClearError() throws {
        let root = try TestSupport.temporaryDirectory()
        let file = root.appendingPathComponent("site")
        try Data("not a folder".utf8).write(to: file)
        #expect(throws: SiteWriter.WriteError.self) {
            try SiteWriter().write([OutputFile(path: "index.html", text: "x")], to: file.path)
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == "not a folder")
    }
}
