/// A rule's identity: what it is and where it was published.
public struct RuleCitation: Sendable, Hashable {
    /// Federal Register citation, e.g. `88 FR 73458`.
    public var federalRegister: String
    /// Effective date, ISO 8601.
    public var effective: String
    /// The govinfo page.
    public var url: String
    /// How the thresholds were checked (`eccn-3a090.md`).
    public var wording: String
}

/// The October 2022 rule: 3A090 needs both TPP and chip-to-chip I/O.
public struct Rule2022: Sendable, Hashable {
    /// TPP at or above which the compute prong is met.
    public var tppMinimum: Double
    /// Aggregate bidirectional I/O, GB/s, at or above which the interconnect prong is met.
    public var ioMinimumGBs: Double
    /// Where it was published.
    public var citation: RuleCitation
}

/// The October 2023 rule: 3A090.a and .b by TPP and performance density.
public struct Rule2023: Sendable, Hashable {
    /// a.1: TPP at or above.
    public var a1TPP: Double
    /// a.2: TPP at or above, with PD at or above `a2Density`.
    public var a2TPP: Double
    /// a.2: PD at or above.
    public var a2Density: Double
    /// b.1: TPP in [low, high) with PD in [low, high).
    public var b1TPP: Range<Double>
    /// b.1 density band.
    public var b1Density: Range<Double>
    /// b.2: TPP at or above, with PD in the band.
    public var b2TPP: Double
    /// b.2 density band.
    public var b2Density: Range<Double>
    /// Note 2: non-datacenter items below this TPP are outside 3A090.
    public var nonDatacenterTPP: Double
    /// Where it was published.
    public var citation: RuleCitation
}

/// The January 2026 rule: case-by-case licence review for China and Macau below two ceilings.
public struct Rule2026: Sendable, Hashable {
    /// TPP strictly below.
    public var tppBelow: Double
    /// Total DRAM bandwidth strictly below, GB/s.
    public var dramBandwidthBelowGBs: Double
    /// Where it was published.
    public var citation: RuleCitation
}

/// ECCN 3A090 thresholds by rule vintage, as data (`eccn-3a090.md`; `models.md` §4.2).
public enum ExportControlRules {
    /// 87 FR 62186, effective 2022-10-07.
    public static let october2022 = Rule2022(
        tppMinimum: 4800, ioMinimumGBs: 600,
        citation: RuleCitation(federalRegister: "87 FR 62186", effective: "2022-10-07",
                               url: "https://www.govinfo.gov/content/pkg/FR-2022-10-13/html/2022-21658.htm",
                               wording: "numbers verbatim"))
    /// 88 FR 73458, effective 2023-11-17 (corrected 89 FR 23876).
    public static let october2023 = Rule2023(
        a1TPP: 4800, a2TPP: 1600, a2Density: 5.92,
        b1TPP: 2400..<4800, b1Density: 1.6..<5.92, b2TPP: 1600, b2Density: 3.2..<5.92,
        nonDatacenterTPP: 4800,
        citation: RuleCitation(federalRegister: "88 FR 73458", effective: "2023-11-17",
                               url: "https://www.govinfo.gov/content/pkg/FR-2023-10-25/html/2023-23055.htm",
                               wording: ".a verbatim; .b numbers verified, wording reconstructed; Note 2 verbatim"))
    /// 91 FR 1684, 2026-01-15.
    public static let january2026 = Rule2026(
        tppBelow: 21_000, dramBandwidthBelowGBs: 6_500,
        citation: RuleCitation(federalRegister: "91 FR 1684", effective: "2026-01-15",
                               url: "https://www.govinfo.gov/content/pkg/FR-2026-01-15/html/2026-00789.htm",
                               wording: "numbers from the rule summary"))
}
