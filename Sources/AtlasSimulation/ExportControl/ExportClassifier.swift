/// A chip's figures as export control reads them.
public struct ExportControlInput: Sendable, Hashable {
    /// Dense peak by precision, TFLOPS or TOPS.
    public var denseTFLOPS: [Precision: Double]
    /// Applicable die area (non-planar logic dies), mm².
    public var dieAreaMM2: Double?
    /// Aggregate bidirectional chip-to-chip I/O, GB/s (2022 rule).
    public var ioGBs: Double?
    /// Total DRAM bandwidth, GB/s (2026 rule).
    public var memoryGBs: Double?
    /// Designed or marketed for datacenters (3A090 Note 2).
    public var datacenter: Bool

    /// Creates an input.
    public init(denseTFLOPS: [Precision: Double], dieAreaMM2: Double? = nil, ioGBs: Double? = nil, memoryGBs: Double? = nil,
                datacenter: Bool = true) {
        self.denseTFLOPS = denseTFLOPS
        self.dieAreaMM2 = dieAreaMM2
        self.ioGBs = ioGBs
        self.memoryGBs = memoryGBs
        self.datacenter = datacenter
    }

    /// The input for a catalogue accelerator.
    public init(_ accelerator: Accelerator) {
        self.init(denseTFLOPS: accelerator.denseTFLOPS, dieAreaMM2: accelerator.dieAreaMM2, ioGBs: accelerator.chipToChipGBs,
                  memoryGBs: accelerator.memoryTBs.map { $0 * 1000 }, datacenter: accelerator.datacenter)
    }
}

/// A classification, or why one cannot be made.
public enum ExportStatus: Sendable, Hashable, CustomStringConvertible {
    /// Listed under this paragraph, e.g. `3A090.a.1`.
    case listed(String)
    /// Outside the entry.
    case notListed
    /// A figure the test needs is missing.
    case indeterminate(missing: String)

    /// `3A090.a.1`, `not-listed` or `indeterminate`.
    public var description: String {
        switch self {
        case let .listed(paragraph): paragraph
        case .notListed: "not-listed"
        case .indeterminate: "indeterminate"
        }
    }
}

/// TPP, performance density and the classification under each rule vintage.
public struct ExportClassification: Sendable, Hashable {
    /// Total processing performance (dense, max over precisions).
    public var tpp: Double
    /// The precision that sets the TPP.
    public var tppPrecision: Precision
    /// TPP per mm² of applicable die area, when the area is known.
    public var performanceDensity: Double?
    /// October 2022 rule.
    public var rule2022: ExportStatus
    /// October 2023 rule.
    public var rule2023: ExportStatus
    /// January 2026 case-by-case review for China and Macau: true when both ceilings are met.
    public var caseByCase2026: Bool?
    /// License Exception NAC applies (88 FR 73458 list-based exception).
    public var nacEligible: Bool?
    /// How the result was computed.
    public var provenance: Provenance
}

/// Export-control arithmetic and classification for ECCN 3A090 (`models.md` §4; `eccn-3a090.md`).
///
/// The atlas's derivation, not an official classification.
public enum ExportClassifier {
    /// TPP = max over precisions of dense TOPS × bit length (2 × MacTOPS × bit length).
    public static func totalProcessingPerformance(_ denseTFLOPS: [Precision: Double]) throws(SimulationError) -> (tpp: Double, precision: Precision) {
        var best: (tpp: Double, precision: Precision)?
        for precision in Precision.allCases {
            guard let tops = denseTFLOPS[precision] else { continue }
            try InputCheck.nonNegative(tops, "\(precision.rawValue)_tflops")
            let tpp = tops * Double(precision.bitLength)
            if best == nil || tpp > best!.tpp { best = (tpp, precision) }
        }
        guard let best else { throw .missingInput(name: "throughput", reason: "give at least one dense TFLOPS or TOPS figure") }
        return best
    }

    /// Classifies a chip under the 2022, 2023 and 2026 rules.
    public static func classify(_ input: ExportControlInput) throws(SimulationError) -> ExportClassification {
        let (tpp, precision) = try totalProcessingPerformance(input.denseTFLOPS)
        if let area = input.dieAreaMM2 { try InputCheck.positive(area, "die_area_mm2") }
        if let io = input.ioGBs { try InputCheck.nonNegative(io, "io_gbs") }
        if let memory = input.memoryGBs { try InputCheck.nonNegative(memory, "memory_gbs") }
        let density = input.dieAreaMM2.map { tpp / $0 }

        let r22 = ExportControlRules.october2022
        let status2022: ExportStatus
        if tpp < r22.tppMinimum {
            status2022 = .notListed
        } else if let io = input.ioGBs {
            status2022 = io >= r22.ioMinimumGBs ? .listed("3A090.a") : .notListed
        } else {
            status2022 = .indeterminate(missing: "io_gbs")
        }

        let status2023 = classify2023(tpp: tpp, density: density, datacenter: input.datacenter)
        let r23 = ExportControlRules.october2023
        var nac: Bool?
        switch status2023 {
        case let .listed(paragraph) where paragraph.hasPrefix("3A090.a"): nac = !input.datacenter && tpp >= r23.nonDatacenterTPP
        case .listed: nac = input.datacenter
        case .notListed: nac = false
        case .indeterminate: nac = nil
        }

        let r26 = ExportControlRules.january2026
        let caseByCase = input.memoryGBs.map { tpp < r26.tppBelow && $0 < r26.dramBandwidthBelowGBs }

        var inputs = Precision.allCases.compactMap { precision in
            input.denseTFLOPS[precision].map { ProvenanceInput("\(precision.rawValue)_tflops", $0, unit: precision == .int8 ? "TOPS" : "TFLOPS") }
        }
        if let area = input.dieAreaMM2 { inputs.append(ProvenanceInput("die_area_mm2", area, unit: "mm²")) }
        if let io = input.ioGBs { inputs.append(ProvenanceInput("io_gbs", io, unit: "GB/s")) }
        if let memory = input.memoryGBs { inputs.append(ProvenanceInput("memory_gbs", memory, unit: "GB/s")) }
        inputs.append(ProvenanceInput("datacenter", flag: input.datacenter))
        let assumptions = [
            Parameter("tpp_2022_minimum", r22.tppMinimum, unit: "TPP", source: r22.citation.federalRegister, confidence: .verified),
            Parameter("io_2022_minimum_gbs", r22.ioMinimumGBs, unit: "GB/s", source: r22.citation.federalRegister, confidence: .verified),
            Parameter("tpp_a1", r23.a1TPP, unit: "TPP", source: r23.citation.federalRegister + " 3A090.a.1", confidence: .verified),
            Parameter("pd_a2", r23.a2Density, unit: "TPP/mm²", source: r23.citation.federalRegister + " 3A090.a.2", confidence: .verified),
            Parameter("pd_b2_low", r23.b2Density.lowerBound, unit: "TPP/mm²",
                      source: r23.citation.federalRegister + " 3A090.b.2 (wording reconstructed)", confidence: .secondary),
            Parameter("tpp_2026_ceiling", r26.tppBelow, unit: "TPP", source: r26.citation.federalRegister, confidence: .secondary),
            Parameter("dram_2026_ceiling_gbs", r26.dramBandwidthBelowGBs, unit: "GB/s", source: r26.citation.federalRegister,
                      confidence: .secondary),
        ]
        return ExportClassification(
            tpp: tpp, tppPrecision: precision, performanceDensity: density, rule2022: status2022, rule2023: status2023,
            caseByCase2026: caseByCase, nacEligible: nac,
            provenance: Provenance(model: "export-control", inputs: inputs, assumptions: assumptions))
    }

    private static func classify2023(tpp: Double, density: Double?, datacenter: Bool) -> ExportStatus {
        let rule = ExportControlRules.october2023
        if tpp >= rule.a1TPP { return .listed("3A090.a.1") }
        // Note 2: below 4,800 TPP, items not designed or marketed for datacenters are outside 3A090.
        if !datacenter { return .notListed }
        // Every remaining paragraph needs TPP >= 1,600.
        guard tpp >= Swift.min(rule.a2TPP, rule.b1TPP.lowerBound, rule.b2TPP) else { return .notListed }
        guard let density else { return .indeterminate(missing: "die_area_mm2") }
        if tpp >= rule.a2TPP && density >= rule.a2Density { return .listed("3A090.a.2") }
        if rule.b1TPP.contains(tpp) && rule.b1Density.contains(density) { return .listed("3A090.b.1") }
        if tpp >= rule.b2TPP && rule.b2Density.contains(density) { return .listed("3A090.b.2") }
        return .notListed
    }
}
