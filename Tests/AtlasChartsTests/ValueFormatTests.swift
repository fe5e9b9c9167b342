@testable import AtlasCharts
import Testing

/// Number formatting: fixed, locale-free text for every notation, in full and as tick labels.
@Suite struct ValueFormatTests {
    @Test(arguments: [
        (ValueFormat.number(unit: "MW", decimals: 1), 1200.0, "1,200 MW"),
        (.number(unit: "MW", decimals: 1), 1234.56, "1,234.6 MW"),
        (.number(), -0.0001, "0"),
        (.number(), -1.5, "−1.5"),
        (.number(), 2e25, "2×10²⁵"),
        (.si(unit: "FLOP/s"), 1.9789e15, "1.98 PFLOP/s"),
        (.si(unit: "FLOP/s"), 989.4e12, "989 TFLOP/s"),
        (.si(unit: "W"), 999.96, "1 kW"),
        (.si(unit: "W"), 350, "350 W"),
        (.si(unit: ""), 1_250_000, "1.25M"),
        (.si(unit: "FLOP"), 3e28, "3×10²⁸ FLOP"),
        (.usd, 1.2e9, "$1.2B"),
        (.usd, -3.5e8, "−$350M"),
        (.usd, 950, "$950"),
        (.usd, 17.4e9, "$17.4B"),
        (.percent(), 25, "25%"),
        (.percent(decimals: 1), 12.345, "12.3%"),
        (.year, 2024, "2024"),
        (.scientific(unit: "FLOP"), 2.1e25, "2.1×10²⁵ FLOP"),
        (.scientific(unit: "FLOP"), 1e25, "10²⁵ FLOP"),
        (.scientific(), 3.2e-5, "3.2×10⁻⁵"),
    ])
    func formatsInFull(format: ValueFormat, value: Double, expected: String) {
        #expect(format.format(value) == expected)
    }

    @Test(arguments: [
        (ValueFormat.number(), 0.30000000000000004, 0.1, "0.3"),
        (.number(), 2.5e6, 5e5, "2.5 million"),
        (.number(), 3e9, 1e9, "3 billion"),
        (.number(), 250_000, 50_000, "250,000"),
        (.si(unit: "FLOP/s"), 1.5e15, 5e14, "1.5 PFLOP/s"),
        (.si(unit: "W"), 0, 500, "0"),
        (.usd, 0, 1e9, "$0"),
        (.usd, 2.5e9, 5e8, "$2.5B"),
        (.percent(), 12.5, 2.5, "12.5%"),
        (.year, 2030, 5, "2030"),
        (.scientific(unit: "FLOP"), 1e24, 1e24, "10²⁴ FLOP"),
    ])
    func labelsTicks(format: ValueFormat, value: Double, step: Double, expected: String) {
        #expect(format.tickLabel(value, step: step) == expected)
    }

    @Test func nonFiniteValuesReadAsADash() {
        #expect(ValueFormat.number().format(.nan) == "–")
        #expect(ValueFormat.usd.format(.infinity) == "–")
    }

    @Test func plainFormatsPutTheUnitInTheHeaderInstead() {
        let format = ValueFormat.number(unit: "MW", decimals: 0)
        #expect(format.columnTitle("Power") == "Power (MW)")
        #expect(format.cellText(1500) == "1,500")
        #expect(ValueFormat.si(unit: "W").columnTitle("Power") == "Power")
        #expect(AxisSpec(label: "Power", format: format).title == "Power (MW)")
    }

    @Test func decimalTextNeverPrintsNegativeZero() {
        #expect(DecimalText.fixed(-0.04, decimals: 1) == "0")
        #expect(DecimalText.fixed(-0.0, decimals: 0) == "0")
        #expect(DecimalText.fixed(1_234_567.891, decimals: 2, groupsThousands: true) == "1,234,567.89")
        #expect(DecimalText.fixed(0.5, decimals: 2, trimsZeros: false) == "0.50")
        #expect(SVGNumber.format(-0.04) == "0")
        #expect(SVGNumber.format(-12.36) == "-12.4")
        #expect(SVGNumber.compact(0.5) == ".5")
        #expect(SVGNumber.compact(-0.5) == "-.5")
    }

    @Test func decimalExponentsAreExactAtPowersOfTen() {
        #expect(DecimalText.decimalExponent(of: 1000) == 3)
        #expect(DecimalText.decimalExponent(of: 999.9999) == 2)
        #expect(DecimalText.decimalExponent(of: 1e-7) == -7)
        #expect(DecimalText.decimalExponent(of: 1e300) == 300)
        #expect(DecimalText.superscript(-12) == "⁻¹²")
    }

    @Test func dataFilesGetPlainMachineNumbers() {
        #expect(DecimalText.plain(1200) == "1200")
        #expect(DecimalText.plain(-0.25) == "-0.25")
        #expect(DecimalText.plain(2e25) == "2e+25")
        #expect(DecimalText.plain(-0.0) == "0")
    }
}
