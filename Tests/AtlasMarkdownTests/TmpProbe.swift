import Foundation
import Testing
import AtlasMarkdown

@Test func tmpProbe() throws {
    var rows: [[String]] = []
    for file in ["spec", "extensions", "regression", "smart_punct"] {
        for ex in try SpecExample.load(file) {
            let html = MarkdownRenderer(configuration: try GFMSpecTests.configuration(for: ex)).render(ex.markdown).html
            let safe = MarkdownRenderer(configuration: .atlas).render(ex.markdown).html
            for h in [ex.html, html, safe] { rows.append([ex.id, h, HTMLNormalizer.normalize(h)]) }
        }
    }
    try JSONSerialization.data(withJSONObject: rows).write(to: URL(fileURLWithPath: "/tmp/gfm-probe.json"))
}
