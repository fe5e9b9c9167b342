/// An accelerator's published figures, as the models need them (dense throughput only).
public struct Accelerator: Sendable, Hashable {
    /// Short name, e.g. `h100-sxm`.
    public var name: String
    /// Dense peak throughput by precision, in TFLOPS (TOPS for integer formats).
    public var denseTFLOPS: [Precision: Double]
    /// Chip thermal design power, watts.
    public var tdpW: Double?
    /// Critical IT power per accelerator including its share of host, network and storage, kW.
    public var allInKW: Double?
    /// Where `allInKW` comes from, when set.
    public var allInSource: String?
    /// DRAM (HBM) bandwidth, TB/s.
    public var memoryTBs: Double?
    /// Aggregate bidirectional chip-to-chip (scale-up) bandwidth, GB/s.
    public var chipToChipGBs: Double?
    /// Area of the non-planar logic dies, mm² (export control's "applicable die area").
    public var dieAreaMM2: Double?
    /// Whether it is designed or marketed for datacenters (3A090 Note 2).
    public var datacenter: Bool
    /// Where the figures come from.
    public var source: String

    /// Creates an accelerator.
    public init(name: String, denseTFLOPS: [Precision: Double], tdpW: Double? = nil, allInKW: Double? = nil,
                allInSource: String? = nil, memoryTBs: Double? = nil, chipToChipGBs: Double? = nil,
                dieAreaMM2: Double? = nil, datacenter: Bool = true, source: String) {
        self.name = name
        self.denseTFLOPS = denseTFLOPS
        self.tdpW = tdpW
        self.allInKW = allInKW
        self.allInSource = allInSource
        self.memoryTBs = memoryTBs
        self.chipToChipGBs = chipToChipGBs
        self.dieAreaMM2 = dieAreaMM2
        self.datacenter = datacenter
        self.source = source
    }

    /// Dense peak at `precision` in FLOP/s (OP/s for integers), or nil when not published.
    public func peakFLOPS(_ precision: Precision) -> Double? {
        denseTFLOPS[precision].map { $0 * 1e12 }
    }

    /// Throughputs in `Precision.allCases` order, so iteration is deterministic.
    public var orderedThroughputs: [(precision: Precision, tflops: Double)] {
        Precision.allCases.compactMap { precision in denseTFLOPS[precision].map { (precision, $0) } }
    }

    /// Checks every figure is finite and positive where given.
    public func validate() throws(SimulationError) {
        for (precision, tflops) in orderedThroughputs { try InputCheck.positive(tflops, "\(name) \(precision.rawValue)_tflops") }
        if let tdpW { try InputCheck.positive(tdpW, "\(name) tdp_w") }
        if let allInKW { try InputCheck.positive(allInKW, "\(name) all_in_kw") }
        if let memoryTBs { try InputCheck.positive(memoryTBs, "\(name) memory_tbs") }
        if let chipToChipGBs { try InputCheck.nonNegative(chipToChipGBs, "\(name) io_gbs") }
        if let dieAreaMM2 { try InputCheck.positive(dieAreaMM2, "\(name) die_area_mm2") }
    }

    /// All-in IT power per accelerator: the chip's own figure, else a multiple of its TDP.
    public func resolvedAllIn() throws(SimulationError) -> Parameter {
        if let allInKW {
            return Parameter("all_in_kw", allInKW, unit: "kW", source: allInSource ?? "given for \(name)", confidence: .secondary)
        }
        guard let tdpW else {
            throw .missingInput(name: "all_in_kw", reason: "\(name) has neither an all-in power nor a TDP to derive one from")
        }
        let ratio = AcceleratorCatalog.allInPerTDP
        return Parameter("all_in_kw", tdpW / 1000 * ratio.value, unit: "kW",
                         source: "\(name) TDP \(tdpW) W × \(ratio.value) (\(ratio.source))", confidence: .derived)
    }
}
