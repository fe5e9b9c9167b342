import Foundation
import Testing
import AtlasCommands

/// End-to-end runs of `atlas` against folders on disk, checking exit codes and the output folder.
@Suite(.serialized) struct CommandLineTests {
    /// A small valid project in a temporary folder.
    private func makeProject() throws -> URL {
        let root = try TestSupport.temporaryDirectory()
        try FileManager.default.copyItem(atPath: TestSupport.miniContent, toPath: root.appendingPathComponent("content").path)
        try FileManager.default.copyItem(atPath: TestSupport.templatesDirectory, toPath: root.appendingPathComponent("templates").path)
        return root
    }

    private func atlas(_ arguments: [String], in root: URL) async -> Int32 {
        await AtlasCommand.main(arguments: arguments + [
            "--content", root.appendingPathComponent("content").path,
            "--templates", root.appendingPathComponent("templates").path,
        ])
    }

    @Test func buildWritesTheSiteAndCheckWritesNothing() async throws {
        let root = try makeProject()
        let output = root.appendingPathComponent("site")
        #expect(await atlas(["check"], in: root) == 0)
        #expect(!FileManager.default.fileExists(atPath: output.path))
        #expect(await atlas(["build", "--output", output.path], in: root) == 0)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("facilities/sea-one/index.html").path))
    }

    @Test func aFailedBuildLeavesThePreviousSiteUntouched() async throws {
        let root = try makeProject()
        let output = root.appendingPathComponent("site")
        #expect(await atlas(["build", "--output", output.path], in: root) == 0)
        let before = TestSupport.tree(output)
        try TestSupport.write(["content/facilities/broken.md": "---\ntitle: Broken\npower_mw: 40,000\n---\n"], under: root)
        #expect(await atlas(["build", "--output", output.path], in: root) == 1)
        #expect(await atlas(["check"], in: root) == 1)
        #expect(TestSupport.tree(output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.contains("atlas-staging") }
        #expect(leftovers.isEmpty)
    }

    @Test func rebuildingReplacesStaleFiles() async throws {
        let root = try makeProject()
        let output = root.appendingPathComponent("site")
        try TestSupport.write(["site/stale.html": "old"], under: root)
        #expect(await atlas(["build", "--output", output.path], in: root) == 0)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("stale.html").path))
    }

    @Test func newWritesADraftThatChecksAndNeverOverwrites() async throws {
        let root = try makeProject()
        let content = root.appendingPathComponent("content").path
        #expect(await AtlasCommand.main(arguments: ["new", "facilities", "Stargate Abilene", "--content", content]) == 0)
        let file = root.appendingPathComponent("content/facilities/stargate-abilene.md")
        let written = try String(contentsOf: file, encoding: .utf8)
        #expect(written.hasPrefix("---\ntitle: \"Stargate Abilene\"\ndraft: true"))
        #expect(await atlas(["check"], in: root) == 0)
        try TestSupport.write(["content/facilities/stargate-abilene.md": "mine"], under: root)
        #expect(await AtlasCommand.main(arguments: ["new", "facilities", "Stargate Abilene", "--content", content]) == 1)
        #expect(try String(contentsOf: file, encoding: .utf8) == "mine")
        #expect(await AtlasCommand.main(arguments: ["new", "spaceships", "X", "--content", content]) == 2)
    }

    @Test func usageErrorsExitWithTwo() async throws {
        let root = try makeProject()
        #expect(await atlas(["build", "--base-url", "ftp://nope"], in: root) == 2)
        #expect(await AtlasCommand.main(arguments: ["build", "--no-such-flag"]) == 2)
        #expect(await AtlasCommand.main(arguments: ["frobnicate"]) == 2)
        #expect(await AtlasCommand.main(arguments: ["--help"]) == 0)
    }
}
