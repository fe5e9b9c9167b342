import Foundation
import Testing
import AtlasContent
import AtlasFiles
@testable import AtlasSite

/// The atlas's own content: complete against the reference tables, clean, and fully modelled.
@Suite(.serialized) struct ShippedContentTests {
    static let content = TestSupport.repositoryRoot.appendingPathComponent("content").path

    @Test func everyReferenceRowHasAPage() throws {
        let list = try String(contentsOf: Bundle.module.resourceURL!.appendingPathComponent("Fixtures/reference-slugs.txt"), encoding: .utf8)
        var missing: [String] = []
        var counts: [String: Int] = [:]
        for line in list.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: " ").map(String.init)
            counts[parts[0], default: 0] += 1
            if !FileManager.default.fileExists(atPath: "\(Self.content)/\(parts[0])/\(parts[1]).md") { missing.append(String(line)) }
        }
        #expect(missing.isEmpty, "reference rows without a page: \(missing)")
        #expect(counts == ["facilities": 42, "chips": 20, "consortia": 12, "investments": 37, "regions": 26, "policies": 20])
    }

    @Test func theShippedAtlasChecksCleanAndEveryFigureIsComputed() async throws {
        let input = ProjectReader().read(contentDirectory: Self.content, templatesDirectory: TestSupport.templatesDirectory,
                                         dataDirectory: TestSupport.repositoryRoot.appendingPathComponent("data").path)
        let options = BuildOptions(adviseAsOf: PartialDate(year: 2026, month: 11, day: 25))
        let (result, _) = await SiteBuilder.build(input, options: options, reusing: nil)
        #expect(result.diagnostics.map(\.description) == [], "the shipped content must have no errors and no warnings")

        let parsed = input.contentFiles.compactMap { file -> Entry? in
            let parts = file.path.split(separator: "/")
            guard parts.count >= 2, let kind = ContentKind(rawValue: String(parts[parts.count - 2])) else { return nil }
            return ContentParser.parse(file, kind: kind, fileSlug: String(parts.last!.dropLast(3))).entry
        }
        let (graph, _) = ContentGraph.build(entries: parsed)
        let computed = await ComputedModels.compute(graph: graph)
        for entry in graph.entries(of: .facilities) {
            guard case .facility(let facility) = entry.details, facility.powerMW != nil else { continue }
            guard case .success? = computed.facilities[entry.id] else {
                Issue.record("\(entry.path) has a power figure but no computed capacity")
                continue
            }
        }
        for entry in graph.entries(of: .chips) {
            guard case .chip(let chip) = entry.details, chip.throughputs.contains(where: { $0.value != nil }) else { continue }
            guard case .success? = computed.chips[entry.id] else {
                Issue.record("\(entry.path) has throughput figures but no TPP and classification")
                continue
            }
        }
        for entry in parsed {
            for source in entry.common.sources ?? [] { #expect(source.url.value.hasPrefix("https://"), "\(entry.path): \(source.url)") }
        }
    }
}
