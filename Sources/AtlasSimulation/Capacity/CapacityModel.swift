/// Facility power → IT power → accelerators → peak FLOP/s → H100-equivalents (`models.md` §1.1–1.3).
public enum CapacityModel {
    /// Design PUE when none is given: new liquid-cooled AI campuses.
    public static let defaultPUE = Parameter(
        "pue", 1.2, unit: "ratio", low: 1.1, high: 1.25,
        source: "design PUE of new liquid-cooled AI campuses (models.md §1.1)", confidence: .secondary)
    /// Facility power per MW of grid connection: the connection is taken as the facility's peak.
    public static let facilityPerGridMW = Parameter(
        "facility_per_grid_mw", 1.0, unit: "ratio", low: 0.8, high: 1.0,
        source: "P_grid >= P_facility(peak); taken as equal, an upper bound (models.md §1.1)", confidence: .uncertain)
    /// The H100's dense BF16 peak, the unit of H100-equivalents.
    public static let h100DenseBF16 = Parameter(
        "h100_dense_bf16_tflops", 989.4, unit: "TFLOPS",
        source: "NVIDIA H100 SXM datasheet, half the sparse 1,979 TFLOPS", confidence: .verified)
    /// The basis `h100Equivalents` uses; Epoch AI's own basis was not retrieved.
    public static let h100EquivalentBasis = "dense BF16 FLOP/s relative to an H100 SXM (989.4 TFLOPS)"

    /// Runs the capacity chain.
    public static func estimate(_ input: CapacityInput) throws(SimulationError) -> CapacityResult {
        try InputCheck.nonNegative(input.powerMW, "power_mw")
        let pue = input.pue.map { defaultPUE.overridden(by: $0) } ?? defaultPUE
        try InputCheck.within(pue.value, 1...5, "pue")
        var assumptions: [Parameter] = input.pue == nil ? [pue] : []
        var inputs = [ProvenanceInput("power_mw", input.powerMW, unit: "MW"), ProvenanceInput("power_basis", text: input.basis.rawValue)]
        if input.pue != nil { inputs.append(ProvenanceInput("pue", pue.value, unit: "ratio")) }

        let facilityMW: Double
        let itMW: Double
        switch input.basis {
        case .grid:
            facilityMW = input.powerMW * facilityPerGridMW.value
            itMW = facilityMW / pue.value
            assumptions.append(facilityPerGridMW)
        case .facility:
            facilityMW = input.powerMW
            itMW = facilityMW / pue.value
        case .it:
            itMW = input.powerMW
            facilityMW = itMW * pue.value
        }

        var fleet = input.fleet
        let derived = fleet.isEmpty
        if derived {
            guard let accelerator = input.accelerator else {
                throw .missingInput(name: "chip", reason: "give a declared fleet or a chip to derive the count from")
            }
            try accelerator.validate()
            let allIn = try accelerator.resolvedAllIn()
            assumptions.append(allIn)
            // floor: a partial accelerator cannot be installed.
            let count = (itMW * 1000 / allIn.value).rounded(.down)
            guard count < Double(Int32.max) else {
                throw .invalidInput(name: "power_mw", value: input.powerMW, requirement: "small enough for fewer than 2^31 accelerators")
            }
            fleet = [FleetItem(accelerator: accelerator, count: Int(count))]
            inputs.append(ProvenanceInput("chip", text: accelerator.name))
        } else {
            for item in fleet {
                try accelerator(item)
                inputs.append(ProvenanceInput("fleet.\(item.accelerator.name)", Double(item.count), unit: "accelerators"))
            }
        }

        var fleetITMW = 0.0
        for item in fleet {
            let allIn = try item.accelerator.resolvedAllIn()
            if !derived, !assumptions.contains(allIn) { assumptions.append(allIn) }
            fleetITMW += Double(item.count) * allIn.value / 1000
        }
        let accelerators = fleet.reduce(0) { $0 + $1.count }

        var peaks: [PrecisionPeak] = []
        for precision in Precision.allCases {
            guard fleet.allSatisfy({ $0.accelerator.denseTFLOPS[precision] != nil }) else { continue }
            let flops = fleet.reduce(0.0) { $0 + Double($1.count) * $1.accelerator.peakFLOPS(precision)! }
            peaks.append(PrecisionPeak(precision: precision, flops: flops))
        }
        let bf16 = peaks.first { $0.precision == .bf16 }?.flops ?? 0
        assumptions.append(h100DenseBF16)
        return CapacityResult(
            facilityMW: facilityMW, itMW: itMW, fleet: fleet, accelerators: accelerators, derivedCount: derived,
            fleetITMW: fleetITMW, peakFLOPS: peaks, h100Equivalents: bf16 / (h100DenseBF16.value * 1e12),
            h100EquivalentBasis: h100EquivalentBasis,
            provenance: Provenance(model: "capacity", inputs: inputs, assumptions: assumptions))
    }

    private static func accelerator(_ item: FleetItem) throws(SimulationError) {
        try InputCheck.count(item.count, "fleet.\(item.accelerator.name).count")
        try item.accelerator.validate()
    }
}
