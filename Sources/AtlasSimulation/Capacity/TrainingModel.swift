/// What a training-time estimate needs.
public struct TrainingInput: Sendable, Hashable {
    /// Total training compute, FLOP.
    public var flop: Double
    /// Accelerators in the job.
    public var accelerators: Int
    /// Dense peak per accelerator at the training precision, FLOP/s.
    public var peakFLOPSPerAccelerator: Double
    /// Model FLOPs utilisation, 0–1.
    public var mfu: Double
    /// Share of wall time spent making progress (restarts and stalls excluded), 0–1.
    public var goodput: Double
    /// All-in IT power per accelerator, kW; nil uses the H100-class default.
    public var allInKW: Double?
    /// Average draw over nameplate during training; nil uses `TrainingModel.defaultUtilisation`.
    public var utilisation: Double?
    /// PUE for the run's energy; nil uses `CapacityModel.defaultPUE`.
    public var pue: Double?

    /// Creates an input.
    public init(flop: Double, accelerators: Int, peakFLOPSPerAccelerator: Double, mfu: Double, goodput: Double = 1,
                allInKW: Double? = nil, utilisation: Double? = nil, pue: Double? = nil) {
        self.flop = flop
        self.accelerators = accelerators
        self.peakFLOPSPerAccelerator = peakFLOPSPerAccelerator
        self.mfu = mfu
        self.goodput = goodput
        self.allInKW = allInKW
        self.utilisation = utilisation
        self.pue = pue
    }
}

/// Wall time, accelerator-hours and energy of one training run.
public struct TrainingEstimate: Sendable, Hashable {
    /// Training compute, FLOP.
    public var flop: Double
    /// Wall-clock time, seconds.
    public var seconds: Double
    /// Wall-clock time, days.
    public var days: Double
    /// Accelerator-hours (wall time × accelerators).
    public var gpuHours: Double
    /// Facility energy of the run, MWh.
    public var energyMWh: Double
    /// How the result was computed.
    public var provenance: Provenance
}

/// Days, GPU-hours and energy to train a model of C FLOP (`models.md` §1.4).
public enum TrainingModel {
    /// Average draw over all-in nameplate during training.
    public static let defaultUtilisation = Parameter(
        "training_utilisation", 0.75, unit: "fraction", low: 0.7, high: 0.8,
        source: "8×H100 nodes training peaked at 0.76 of the 10.2 kW rating (Newkirk et al. 2025, arXiv 2506.14551)",
        confidence: .verified)
    /// All-in power when no chip is named: the H100-class figure.
    public static let defaultAllIn = Parameter(
        "all_in_kw", 1.4, unit: "kW", low: 1.3, high: 1.5,
        source: "H100-class all-in default, no chip given (models.md §1.2)", confidence: .secondary)

    /// T_wall = C / (N · F_peak · MFU) / goodput; GPU-hours = N · T_wall; E = N · P_allin · u · T_wall · PUE.
    public static func estimate(_ input: TrainingInput) throws(SimulationError) -> TrainingEstimate {
        try InputCheck.positive(input.flop, "flop")
        try InputCheck.count(input.accelerators, "accelerators")
        try InputCheck.positive(input.peakFLOPSPerAccelerator, "peak_flops")
        try InputCheck.unitFraction(input.mfu, "mfu")
        try InputCheck.unitFraction(input.goodput, "goodput")
        let allIn = input.allInKW.map { defaultAllIn.overridden(by: $0) } ?? defaultAllIn
        let utilisation = input.utilisation.map { defaultUtilisation.overridden(by: $0) } ?? defaultUtilisation
        let pue = input.pue.map { CapacityModel.defaultPUE.overridden(by: $0) } ?? CapacityModel.defaultPUE
        try InputCheck.positive(allIn.value, "all_in_kw")
        try InputCheck.unitFraction(utilisation.value, "utilisation")
        try InputCheck.within(pue.value, 1...5, "pue")

        let count = Double(input.accelerators)
        let seconds = input.flop / (count * input.peakFLOPSPerAccelerator * input.mfu) / input.goodput
        let joules = count * allIn.value * 1000 * utilisation.value * seconds * pue.value
        try InputCheck.finite(seconds, "seconds")
        try InputCheck.finite(joules, "energy")

        var inputs = [
            ProvenanceInput("flop", input.flop, unit: "FLOP"),
            ProvenanceInput("accelerators", count, unit: "accelerators"),
            ProvenanceInput("peak_flops", input.peakFLOPSPerAccelerator, unit: "FLOP/s"),
            ProvenanceInput("mfu", input.mfu, unit: "fraction"),
            ProvenanceInput("goodput", input.goodput, unit: "fraction"),
        ]
        var assumptions: [Parameter] = []
        for (given, parameter) in [(input.allInKW, allIn), (input.utilisation, utilisation), (input.pue, pue)] {
            if given == nil { assumptions.append(parameter) } else { inputs.append(ProvenanceInput(parameter.name, parameter.value, unit: parameter.unit)) }
        }
        return TrainingEstimate(
            flop: input.flop, seconds: seconds, days: seconds / 86_400, gpuHours: seconds * count / 3600,
            energyMWh: joules / 3.6e9,
            provenance: Provenance(model: "training", inputs: inputs, assumptions: assumptions))
    }

    /// The average MFU implied by a published compute budget and accelerator-hours: C / (F_peak · 3600 · hours).
    public static func impliedMFU(flop: Double, gpuHours: Double, peakFLOPSPerAccelerator: Double) throws(SimulationError) -> Double {
        try InputCheck.positive(flop, "flop")
        try InputCheck.positive(gpuHours, "gpu_hours")
        try InputCheck.positive(peakFLOPSPerAccelerator, "peak_flops")
        return flop / (peakFLOPSPerAccelerator * 3600 * gpuHours)
    }
}
