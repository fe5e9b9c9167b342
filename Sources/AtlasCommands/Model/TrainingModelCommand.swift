public import ArgumentParser
internal import AtlasSimulation

extension Precision: ExpressibleByArgument {}

/// `atlas model training`: days, GPU-hours and energy to train a model of C FLOP.
struct TrainingModelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "training",
        abstract: "Wall time, GPU-hours and energy of a training run.",
        discussion: "Example: atlas model training --flop 3.8e25 --chip h100-sxm --accelerators 16384 --mfu 0.4"
    )

    @Option(help: "Training compute, FLOP (e.g. 3.8e25).") var flop: Double
    @Option(help: "Chip slug from the content folder or a preset name.") var chip: String?
    @Option(name: .customLong("peak-tflops"), help: "Dense peak per accelerator, TFLOPS (instead of --chip).") var peakTFLOPS: Double?
    @Option(help: "Precision of the chip's peak to use with --chip.") var precision: Precision = .bf16
    @Option(help: "Accelerators in the job.") var accelerators: Int
    @Option(help: "Model FLOPs utilisation.") var mfu: Double
    @Option(help: "Share of wall time making progress.") var goodput = 1.0
    @Option(name: .customLong("all-in-kw"), help: "All-in IT power per accelerator, kW (default: the chip's, else 1.4).") var allInKW: Double?
    @Option(help: "Average draw over nameplate during training (default 0.75).") var utilisation: Double?
    @Option(help: "PUE for the run's energy (default 1.2).") var pue: Double?
    @Option(help: "Folder of Markdown content, for --chip.") var content = "content"
    @OptionGroup var output: ModelOutputOptions

    func validate() throws {
        try ArgumentCheck.positive(flop, "--flop")
        try ArgumentCheck.positive(peakTFLOPS, "--peak-tflops")
        try ArgumentCheck.count(accelerators, "--accelerators")
        try ArgumentCheck.fraction(mfu, "--mfu")
        try ArgumentCheck.fraction(goodput, "--goodput")
        try ArgumentCheck.positive(allInKW, "--all-in-kw")
        try ArgumentCheck.fraction(utilisation, "--utilisation")
        if let pue { guard pue.isFinite, pue >= 1, pue <= 5 else { throw ValidationError("--pue must be between 1 and 5, got \(pue)") } }
        guard (chip == nil) != (peakTFLOPS == nil) else { throw ValidationError("give exactly one of --chip and --peak-tflops") }
    }

    func run() async throws {
        var peak = (peakTFLOPS ?? 0) * 1e12
        var allIn = allInKW
        if let chip {
            let accelerator = try ChipResolver.resolve(chip, contentDirectory: content)
            guard let chipPeak = accelerator.peakFLOPS(precision) else {
                throw ValidationError("\(accelerator.name) has no dense \(precision.label) figure; choose another --precision or give --peak-tflops")
            }
            peak = chipPeak
            if allIn == nil { allIn = try? accelerator.resolvedAllIn().value }
        }
        let input = TrainingInput(flop: flop, accelerators: accelerators, peakFLOPSPerAccelerator: peak, mfu: mfu, goodput: goodput,
                                  allInKW: allIn, utilisation: utilisation, pue: pue)
        let result = try ArgumentCheck.model { () throws(SimulationError) in try TrainingModel.estimate(input) }
        var provenance = result.provenance
        if let chip { provenance.inputs.insert(ProvenanceInput("chip", text: chip), at: 0) }
        output.print(ModelReport(fields: [
            ("days", .of(result.days)),
            ("seconds", .of(result.seconds)),
            ("gpu_hours", .of(result.gpuHours)),
            ("energy_mwh", .of(result.energyMWh)),
            ("provenance", provenance.report),
        ]))
    }
}
