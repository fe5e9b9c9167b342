import Foundation
import Testing
import AtlasFiles

/// Nothing lost: killed builds, full disks and read-only folders leave the previous site whole.
///
/// These run the real `atlas` binary (built beside the test bundle by `swift build --build-tests`).
@Suite(.serialized) struct WriterSafetyTests {
    /// `.build/<config>/atlas`, next to the test bundle.
    static let atlas: URL = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("atlas")
    static var atlasIsBuilt: Bool { FileManager.default.isExecutableFile(atPath: atlas.path) }

    /// A project: the site tests' mini fixture plus `extraPages` generated pages (to lengthen the write).
    private func makeProject(extraPages: Int) throws -> URL {
        let root = try Hardening.temporaryDirectory()
        let mini = Hardening.repositoryRoot.appendingPathComponent("Tests/AtlasSiteTests/Fixtures/mini/content")
        try FileManager.default.copyItem(at: mini, to: root.appendingPathComponent("content"))
        try FileManager.default.copyItem(at: Hardening.repositoryRoot.appendingPathComponent("templates"), to: root.appendingPathComponent("templates"))
        try addPages(extraPages, to: root, prefix: "page")
        return root
    }

    private func addPages(_ count: Int, to root: URL, prefix: String) throws {
        var files: [String: String] = [:]
        for index in 0..<count {
            files["content/pages/\(prefix)-\(index).md"] = "---\ntitle: \(prefix) \(index)\n---\n" + String(repeating: "Filler text for page \(index). ", count: 200) + "\n"
        }
        try Hardening.write(files, under: root)
    }

    /// Runs `atlas build` in `root`, optionally killing it with SIGKILL after `killAfter`.
    @discardableResult
    private func build(in root: URL, output: String = "site", killAfter: Duration? = nil, shellPrefix: String? = nil) throws -> (status: Int32, killed: Bool, output: String) {
        let process = Process()
        let arguments = ["build", "--content", "content", "--templates", "templates", "--output", output]
        if let shellPrefix {
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-c", shellPrefix + " exec \"$0\" \"$@\"", Self.atlas.path] + arguments
        } else {
            process.executableURL = Self.atlas
            process.arguments = arguments
        }
        process.currentDirectoryURL = root
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        var killed = false
        if let killAfter {
            Thread.sleep(forTimeInterval: killAfter.seconds)
            killed = kill(process.processIdentifier, SIGKILL) == 0 && process.isRunning
        }
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, killed && process.terminationReason == .uncaughtSignal, text)
    }

    private func leftovers(in root: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).filter { $0.contains(".atlas-") }
    }

    @Test(.enabled(if: atlasIsBuilt, "needs the atlas binary: swift build --build-tests"))
    func sigkillAtRandomPointsNeverBreaksThePreviousSite() throws {
        let root = try makeProject(extraPages: 150)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try build(in: root).status == 0)
        let old = Hardening.tree(root.appendingPathComponent("site"))
        try addPages(20, to: root, prefix: "new")
        let clock = ContinuousClock()
        let start = clock.now
        #expect(try build(in: root, output: "site-new").status == 0)
        let fullBuild = start.duration(to: clock.now)
        let new = Hardening.tree(root.appendingPathComponent("site-new"))
        #expect(old != new)

        var generator = SystemRandomNumberGenerator()
        var kills = 0, sawNew = 0
        for _ in 0..<(Hardening.isRelease ? 60 : 15) {
            let delay = Duration.seconds(Double.random(in: 0...1.1, using: &generator) * fullBuild.seconds)
            let run = try build(in: root, killAfter: delay)
            if run.killed { kills += 1 }
            let now = Hardening.tree(root.appendingPathComponent("site"))
            #expect(now == old || now == new, "site/ is neither the old nor the new site after a kill at \(delay)")
            if now == new { sawNew += 1 }
        }
        print("hardening: \(kills) SIGKILLs during builds of \(fullBuild); site/ whole every time (new site \(sawNew) times)")
        #expect(kills > 0)
        // The next build clears what killed builds left behind.
        #expect(try build(in: root).status == 0)
        #expect(Hardening.tree(root.appendingPathComponent("site")) == new)
        #expect(leftovers(in: root).isEmpty)
    }

    /// Mounts a small tmpfs (root only); nil where mounting is not permitted.
    private func mountTmpfs(at url: URL, size: String) -> Bool {
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return shell("mount -t tmpfs -o size=\(size) tmpfs '\(url.path)'") == 0
    }

    @discardableResult
    private func shell(_ command: String) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", command + " >/dev/null 2>&1"]
        try? process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test(.enabled(if: atlasIsBuilt, "needs the atlas binary: swift build --build-tests"))
    func aFullDiskGivesAClearErrorAndKeepsTheSite() throws {
        let root = try makeProject(extraPages: 0)
        defer { try? FileManager.default.removeItem(at: root) }
        let disk = root.appendingPathComponent("disk")
        let mounted = mountTmpfs(at: disk, size: "1m")
        defer { if mounted { shell("umount '\(disk.path)'") } }
        try? FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        #expect(try build(in: root, output: "disk/site").status == 0)
        let old = Hardening.tree(disk.appendingPathComponent("site"))
        try addPages(400, to: root, prefix: "big")  // ~2.5 MB of pages: more than the disk holds
        // Without a tmpfs, a file-size limit stands in for the full disk (SIGXFSZ ignored, so writes fail with EFBIG).
        let run = try build(in: root, output: "disk/site", shellPrefix: mounted ? nil : "trap '' XFSZ; ulimit -f 512;")
        #expect(run.status == 1, "\(run.output)")
        #expect(run.output.contains(mounted ? "No space left on device" : "File too large"), "\(run.output)")
        #expect(run.output.contains("left untouched"), "\(run.output)")
        #expect(Hardening.tree(disk.appendingPathComponent("site")) == old)
        #expect(leftovers(in: disk).isEmpty)
    }

    @Test(.enabled(if: atlasIsBuilt, "needs the atlas binary: swift build --build-tests"))
    func anUnwritableOutputFolderGivesAClearError() throws {
        let root = try makeProject(extraPages: 0)
        defer { try? FileManager.default.removeItem(at: root) }
        let disk = root.appendingPathComponent("readonly")
        let mounted = mountTmpfs(at: disk, size: "4m")
        defer { if mounted { shell("umount '\(disk.path)'") } }
        #expect(try build(in: root, output: "readonly/site").status == 0)
        let old = Hardening.tree(disk.appendingPathComponent("site"))
        // Root ignores permission bits, so a read-only remount stands in where it can; else chmod.
        if mounted { shell("mount -o remount,ro '\(disk.path)'") } else { chmod(disk.path, 0o555) }
        defer { chmod(disk.path, 0o755) }
        try addPages(1, to: root, prefix: "more")
        let run = try build(in: root, output: "readonly/site")
        #expect(run.status == 1, "\(run.output)")
        #expect(run.output.contains("cannot create the staging folder"), "\(run.output)")
        #expect(run.output.contains("left untouched"), "\(run.output)")
        #expect(Hardening.tree(disk.appendingPathComponent("site")) == old)
    }

    @Test(.enabled(if: atlasIsBuilt, "needs the atlas binary: swift build --build-tests"))
    func anOutputPathThatIsAFileIsRefused() throws {
        let root = try makeProject(extraPages: 0)
        defer { try? FileManager.default.removeItem(at: root) }
        try Hardening.write(["site": "not a folder"], under: root)
        let run = try build(in: root)
        #expect(run.status == 1)
        #expect(run.output.contains("exists and is not a folder"), "\(run.output)")
        #expect(try String(contentsOf: root.appendingPathComponent("site"), encoding: .utf8) == "not a folder")
        #expect(leftovers(in: root).isEmpty)
    }
}
