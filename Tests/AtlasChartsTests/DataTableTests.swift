import AtlasCharts
import Testing

/// The data tables behind charts: their cells, and CSV per RFC 4180.
@Suite struct DataTableTests {
    @Test func csvQuotesOnlyWhatNeedsIt() {
        let table = DataTable(
            caption: "t",
            columns: [DataColumn(title: "Name"), DataColumn(title: "Power (MW)", isNumeric: true)],
            rows: [
                [DataCell(text: "Colossus, phase 2"), DataCell(text: "1,000", value: 1000)],
                [DataCell(text: "The \"Big\" one"), DataCell(text: "0.5", value: 0.5)],
                [DataCell(text: "two\nlines"), DataCell(text: "")],
                [DataCell(text: "q\"\u{301}"), DataCell(text: "−2", value: -2)],
            ]
        )
        #expect(table.csv == "Name,Power (MW)\r\n\"Colossus, phase 2\",1000\r\n\"The \"\"Big\"\" one\",0.5\r\n\"two\nlines\",\r\n\"q\"\"\u{301}\",-2\r\n")
    }

    @Test func barTablesListEveryCategoryWithRawNumbers() throws {
        let chart = ChartRenderer.render(SampleCharts.horizontalBars)
        let table = try #require(chart.tables.first)
        #expect(table.columns.map(\.title) == ["Accelerator", "TPP"])
        #expect(table.rows.count == SampleCharts.chips.count)
        #expect(table.rows[0][0].text == "NVIDIA GB300")
        #expect(table.rows[0][0].url == "/chips/nvidia-gb300/")
        #expect(table.rows[0][1].text == "60,000")
        #expect(table.csv.contains("\r\nNVIDIA GB300,60000\r\n"))
    }

    @Test func lineTablesAreWideWithOneRowPerX() throws {
        let table = try #require(ChartRenderer.render(SampleCharts.linearLines).tables.first)
        #expect(table.columns.map(\.title) == ["Year", "NVIDIA (W)", "AMD (W)", "Intel (W)"])
        #expect(table.rows.map { $0[0].text } == ["2020", "2022", "2023", "2024", "2025"])
        #expect(table.rows[2].map(\.text) == ["2023", "", "750", ""])
    }

    @Test func areaTablesUseTheXLabels() throws {
        let table = try #require(ChartRenderer.render(SampleCharts.hourlySupply).tables.first)
        #expect(table.rows.count == 168)
        #expect(table.rows[14][0].text == "Mon 14:00")
        #expect(table.columns.last?.title == "Load (MW)")
    }

    @Test func mapsHaveAFacilityTableAndACountryTable() throws {
        let chart = ChartRenderer.render(SampleCharts.worldMap)
        #expect(chart.tables.count == 2)
        let countries = try #require(chart.tables.last)
        #expect(countries.rows.first?.map(\.text) == ["India", "IND", "708"])
        #expect(chart.tables[0].columns.map(\.title) == ["Facility", "Category", "Power (MW)", "Latitude", "Longitude"])
    }
}
