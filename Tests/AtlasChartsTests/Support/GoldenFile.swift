import Foundation
import Testing

/// Compares output with a golden file in `Golden/`; `ATLAS_UPDATE_GOLDEN=1` rewrites the file in the source tree instead.
enum GoldenFile {
    /// The golden folder in the source tree (not the bundle), where updates are written.
    static let sourceFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")

    static var isUpdating: Bool { ProcessInfo.processInfo.environment["ATLAS_UPDATE_GOLDEN"] == "1" }

    /// Expects `text` to equal the golden `name`, naming the first differing line when it does not.
    static func check(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if isUpdating {
            try FileManager.default.createDirectory(at: sourceFolder, withIntermediateDirectories: true)
            try text.write(to: sourceFolder.appendingPathComponent(name), atomically: true, encoding: .utf8)
            return
        }
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Golden"),
              let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("No golden file \(name); run the tests with ATLAS_UPDATE_GOLDEN=1 and look at it.", sourceLocation: sourceLocation)
            return
        }
        guard text != expected else { return }
        let actualLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let index = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(actualLines.count, expectedLines.count)
        let got = index < actualLines.count ? String(actualLines[index]) : "<end>"
        let wanted = index < expectedLines.count ? String(expectedLines[index]) : "<end>"
        Issue.record("\(name) differs at line \(index + 1):\n  got:      \(got)\n  expected: \(wanted)\nRerun with ATLAS_UPDATE_GOLDEN=1 if the change is intended.", sourceLocation: sourceLocation)
    }
}
