@testable import AtlasCharts
import Testing

/// Tick placement: 1-2-5 steps, decades on log axes, and order and coverage over random ranges.
@Suite struct TickGeneratorTests {
    private func values(_ ticks: AxisTicks) -> [Double] { ticks.major.map(\.value) }

    private func ticks(_ data: [Double], scale: AxisScale = .linear, extent: AxisExtent = .nice, zero: Bool = false, target: Int = 5) -> AxisTicks {
        TickGenerator.ticks(for: data, format: .number(), scale: scale, extent: extent, includesZero: zero, targetCount: target)
    }

    @Test func linearTicksUseOneTwoFiveSteps() {
        #expect(values(ticks([0, 97])) == [0, 20, 40, 60, 80, 100])
        #expect(values(ticks([0.1, 0.95])) == [0, 0.2, 0.4, 0.6, 0.8, 1])
        #expect(values(ticks([-35, 12])) == [-40, -30, -20, -10, 0, 10, 20])
        #expect(ticks([0.1, 0.95]).major.map(\.label) == ["0", "0.2", "0.4", "0.6", "0.8", "1"])
    }

    @Test func dataExtentKeepsTheRangeAndTicksInsideIt() {
        let axis = ticks([2016, 2026], extent: .data)
        #expect(axis.lower == 2016 && axis.upper == 2026)
        #expect(values(axis) == [2016, 2018, 2020, 2022, 2024, 2026])
    }

    @Test func oneValueGetsRoomAroundIt() {
        #expect(values(ticks([5], zero: true)) == [0, 1, 2, 3, 4, 5])
        #expect(values(ticks([0])) == [0, 0.2, 0.4, 0.6, 0.8, 1])
        let alone = ticks([42])
        #expect(alone.lower < 42 && alone.upper > 42)
    }

    @Test func logTicksAreDecadesOrOneTwoFive() {
        #expect(values(ticks([8e6, 1e10], scale: .log)) == [1e6, 1e7, 1e8, 1e9, 1e10])
        #expect(values(ticks([90, 1400], scale: .log, target: 8)) == [50, 100, 200, 500, 1000, 2000])
        let wide = ticks([1e-3, 1e20], scale: .log, target: 6)
        #expect(values(wide).count <= 7)
        #expect(values(wide).allSatisfy { DecimalText.power(10, DecimalText.decimalExponent(of: $0)) == $0 })
        #expect(!ticks([20, 900], scale: .log).minor.isEmpty)
    }

    @Test func narrowLogRangesStillGetTwoTicks() {
        #expect(values(ticks([400, 600], scale: .log, extent: .data)).count >= 2)
    }

    @Test func customTicksAreSortedFilteredAndDeduplicated() {
        let axis = TickGenerator.ticks(
            for: [0, 167], format: .number(), scale: .linear, extent: .data, includesZero: false,
            custom: [AxisTick(value: 48, label: "Wed"), AxisTick(value: 0, label: "Mon"), AxisTick(value: 0, label: "again"), AxisTick(value: 500, label: "out")],
            targetCount: 5
        )
        #expect(axis.major.map(\.label) == ["Mon", "Wed"])
    }

    @Test func randomRangesGiveOrderedTicksThatCoverTheData() {
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<2000 {
            let magnitude = Double.random(in: -12...15, using: &generator)
            let scale: AxisScale = Bool.random(using: &generator) ? .log : .linear
            let count = Int.random(in: 1...6, using: &generator)
            let data = (0..<count).map { _ -> Double in
                let value = Double.random(in: 0.01...10, using: &generator) * DecimalText.power(10, Int(magnitude))
                return scale == .linear && Bool.random(using: &generator) ? -value : value
            }
            let extent: AxisExtent = Bool.random(using: &generator) ? .nice : .data
            let axis = ticks(data, scale: scale, extent: extent, zero: Bool.random(using: &generator), target: Int.random(in: 2...10, using: &generator))
            let placed = values(axis)
            #expect(zip(placed, placed.dropFirst()).allSatisfy { $0 < $1 }, "not increasing: \(placed)")
            #expect(axis.lower < axis.upper, "empty domain for \(data)")
            #expect(data.allSatisfy { $0 >= axis.lower - abs(axis.lower) * 1e-9 }, "data below the domain: \(data) \(axis.lower)")
            #expect(data.allSatisfy { $0 <= axis.upper + abs(axis.upper) * 1e-9 }, "data above the domain: \(data) \(axis.upper)")
            #expect(placed.allSatisfy { $0 >= axis.lower - abs(axis.lower) * 1e-9 && $0 <= axis.upper + abs(axis.upper) * 1e-9 }, "tick outside the domain")
            #expect(placed.count <= 14)
            #expect(axis.major.allSatisfy { !$0.label.isEmpty })
            if extent == .nice { #expect(placed.count >= 2, "too few ticks for \(data) on \(scale): \(placed)") }
        }
    }
}
