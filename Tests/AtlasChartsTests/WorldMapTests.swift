import AtlasCharts
import Testing

/// The world map: size, layers, dots sized by area, shading bins and legends.
@Suite struct WorldMapTests {
    @Test func theFullMapStaysSmall() {
        let chart = ChartRenderer.render(SampleCharts.worldMap)
        #expect(chart.svg.utf8.count < 150_000, "\(chart.svg.utf8.count) bytes")
        let landOnly = ChartRenderer.render(ChartSpec(
            id: "land", title: "Land", summary: "Dots only.",
            kind: .map(MapChart(world: RepositoryData.world, dots: [MapDot(name: "A", latitude: 10, longitude: 10, value: 5)]))
        ))
        #expect(landOnly.svg.utf8.count < 60_000, "\(landOnly.svg.utf8.count) bytes")
        #expect(landOnly.svg.contains("class=\"atlas-land\""))
    }

    @Test func everyCountryIsShadedOrMarkedNoData() throws {
        let document = try SVGDocument(ChartRenderer.render(SampleCharts.worldMap).svg)
        let countries = document.elements(named: "path").filter { $0.classes.contains("atlas-country") }
        #expect(countries.count > 150)
        #expect(countries.allSatisfy { $0.classes.contains("atlas-nodata") || $0.classes.contains { $0.hasPrefix("atlas-ramp-") } })
        let shaded = countries.filter { !$0.classes.contains("atlas-nodata") }
        #expect(shaded.count == 23)
        let titles = document.elements(named: "title").map(\.text)
        #expect(titles.contains("France: 44 g CO₂/kWh"))
        #expect(titles.contains("Chad: no data"))
    }

    @Test func dotAreasAreProportionalToValues() throws {
        let document = try SVGDocument(ChartRenderer.render(SampleCharts.worldMap).svg)
        let dots = document.marks.filter { $0.classes.contains("atlas-dot") }
        #expect(dots.count == 20)
        func radius(_ name: String) throws -> Double {
            let title = try #require(document.elements.firstIndex { $0.name == "title" && $0.text.hasPrefix(name + "\n") })
            return try #require(document.elements[title - 1].number("r"))
        }
        let hyperion = try radius("Hyperion")
        let colossus = try radius("Colossus 2")
        // 5,000 MW against 1,000 MW: five times the area, √5 times the radius (to the 0.1 px printed).
        #expect(abs(hyperion / colossus - 5.0.squareRoot()) < 0.03)
        // The largest dot is drawn first, so smaller ones stay on top.
        #expect(dots.first?.number("r") == dots.map { $0.number("r") ?? 0 }.max())
    }

    @Test func placesBeyondTheMapAreLeftOutWithANote() {
        let chart = ChartRenderer.render(ChartSpec(
            id: "south", title: "South", summary: "A base in Antarctica.",
            kind: .map(MapChart(world: RepositoryData.world, dots: [
                MapDot(name: "McMurdo", latitude: -77.8, longitude: 166.7, value: 1),
                MapDot(name: "Oslo", latitude: 59.9, longitude: 10.7, value: 1),
            ]))
        ))
        #expect(chart.hasData)
        #expect(chart.notes == ["1 place beyond the map's latitudes; not shown."])
    }

    @Test func shadingBinsFollowTheChosenBreaks() throws {
        var spec = SampleCharts.worldMap
        guard case .map(var map) = spec.kind else { return }
        map.choropleth?.bins = .breaks([100, 300, 500])
        spec.kind = .map(map)
        let document = try SVGDocument(ChartRenderer.render(spec).svg)
        let legendLabels = document.elements.filter { $0.inheritedClasses.contains("atlas-shading-legend") && $0.name == "text" }.map(\.text)
        #expect(legendLabels == ["Grid carbon intensity (g CO₂/kWh)", "100", "300", "500", "No data"])
        let france = try #require(document.elements.firstIndex { $0.name == "title" && $0.text.hasPrefix("France:") })
        let india = try #require(document.elements.firstIndex { $0.name == "title" && $0.text.hasPrefix("India:") })
        #expect(document.elements[france - 1].classes.contains("atlas-ramp-1"))
        #expect(document.elements[india - 1].classes.contains("atlas-ramp-6"))
    }
}
