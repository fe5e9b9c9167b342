import Foundation

/// `AtlasCorpusGenerator --pages N --seed S --out DIR`: writes DIR/content/<kind>/<slug>.md, a synthetic
/// corpus in Atlas's schema that is the same for the same N and S. See Benchmarks/README.md.

func usage() -> Never {
    FileHandle.standardError.write(Data("usage: AtlasCorpusGenerator --pages N [--seed S] --out DIR\n".utf8))
    exit(2)
}

var pages: Int?
var seed: UInt64 = 1
var out: String?
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--pages": guard let v = arguments.popFirst().flatMap({ Int($0) }), v >= 40 else { usage() }; pages = v
    case "--seed": guard let v = arguments.popFirst().flatMap({ UInt64($0) }) else { usage() }; seed = v
    case "--out": guard let v = arguments.popFirst() else { usage() }; out = v
    case "-h", "--help": usage()
    default: usage()
    }
}
guard let pages, let out else { usage() }

let plan = CorpusPlan(pages: pages, seed: seed)
let content = URL(fileURLWithPath: out).appendingPathComponent("content")
let manager = FileManager.default
if manager.fileExists(atPath: content.path) {
    FileManager.default.fputs(stderr: "\(content.path) exists; remove it first\n")
    exit(1)
}
for kind in Kind.allCases {
    try manager.createDirectory(at: content.appendingPathComponent(kind.rawValue), withIntermediateDirectories: true)
}

/// Writes every entity; safe to call from many threads (each entity has its own random stream).
struct CorpusWriter: Sendable {
    let plan: CorpusPlan
    let content: URL

    /// One entity's file text.
    func entityText(_ kind: Kind, _ index: Int) -> String {
        var frontMatter = FrontMatterWriter(plan: plan, random: SplitMix64(seed: plan.seed, stream: kind.stream | UInt64(index)))
        frontMatter.common(kind, index, sourced: ![.organizations, .regions, .pages].contains(kind))
        frontMatter.fields(kind, index)
        var body = BodyWriter(plan: plan, random: frontMatter.random)
        let target = body.random.int(300...1500)
        return frontMatter.text + "---\n" + body.write(target: target)
    }

    /// Writes all entities, in chunks across every core; returns the bytes written, or nil on a failure.
    func writeAll() -> (entities: Int, bytes: Int)? {
        let jobs = Kind.allCases.flatMap { kind in (0..<plan.count(kind)).map { (kind, $0) } }
        let chunk = 256
        let failures = Mutex(0)
        let bytes = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: (jobs.count + chunk - 1) / chunk) { c in
            var written = 0
            for (kind, index) in jobs[(c * chunk)..<min(jobs.count, (c + 1) * chunk)] {
                let data = Data(entityText(kind, index).utf8)
                written += data.count
                let file = content.appendingPathComponent(kind.rawValue).appendingPathComponent(plan.slug(kind, index) + ".md")
                if !FileManager.default.createFile(atPath: file.path, contents: data) { failures.withLock { $0 += 1 } }
            }
            bytes.withLock { $0 += written }
        }
        guard failures.withLock({ $0 }) == 0 else { return nil }
        return (jobs.count, bytes.withLock { $0 })
    }
}

guard let (entities, total) = CorpusWriter(plan: plan, content: content).writeAll() else {
    FileManager.default.fputs(stderr: "could not write every file into \(content.path)\n")
    exit(1)
}
let summary = Kind.allCases.map { "\($0.rawValue) \(plan.count($0))" }.joined(separator: ", ")
print("Wrote \(entities) entities (\(summary)), \(total / 1024) KB of Markdown, \(total / entities) bytes on average, into \(content.path)")

extension FileManager {
    func fputs(stderr text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}
