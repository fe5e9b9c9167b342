@testable import AtlasCharts
import Testing

/// Width estimates, truncation and wrapping of labels.
@Suite struct TextMeasureTests {
    @Test func widthsFollowTheCharacters() {
        #expect(TextMeasure.width("", fontSize: 12) == 0)
        #expect(TextMeasure.width("iiii", fontSize: 12) < TextMeasure.width("MMMM", fontSize: 12))
        #expect(TextMeasure.width("abc", fontSize: 24) == 2 * TextMeasure.width("abc", fontSize: 12))
        #expect(TextMeasure.width("Bold", fontSize: 12, bold: true) > TextMeasure.width("Bold", fontSize: 12))
        #expect(TextMeasure.width("数据", fontSize: 10) > TextMeasure.width("ab", fontSize: 10))
    }

    @Test func truncationFitsAndEndsInAnEllipsis() {
        let long = "Samsung C&T / Samsung Heavy Industries floating data centers"
        let short = TextMeasure.truncate(long, toFit: 120, fontSize: 12)
        #expect(short.hasSuffix("…"))
        #expect(TextMeasure.width(short, fontSize: 12) <= 120)
        #expect(TextMeasure.truncate("Jade", toFit: 120, fontSize: 12) == "Jade")
        #expect(TextMeasure.truncate("Jade", toFit: 1, fontSize: 12) == "")
    }

    @Test func wrappingKeepsWordsAndMarksWhatIsCut() {
        let lines = TextMeasure.wrap("one two three four five six seven eight nine ten", width: 80, fontSize: 12, maxLines: 2)
        #expect(lines.count == 2)
        #expect(lines[0] == "one two three")
        #expect(lines[1].hasSuffix("…"))
        #expect(TextMeasure.wrap("short", width: 200, fontSize: 12, maxLines: 3) == ["short"])
        #expect(TextMeasure.wrap("", width: 200, fontSize: 12, maxLines: 3).isEmpty)
    }
}
