public import ArgumentParser
internal import AtlasSimulation

extension PowerBasis: ExpressibleByArgument {}

/// `atlas model capacity`: facility power → accelerators → peak FLOP/s → days to train.
struct CapacityModelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "capacity",
        abstract: "Accelerators, peak compute and training days a facility's power supports.",
        discussion: "Example: atlas model capacity --power-mw 100 --basis facility --pue 1.2 --chip h100-sxm"
    )

    @Option(name: .customLong("power-mw"), help: "The quoted power figure, MW.") var powerMW: Double
    @Option(help: "What the figure measures: grid, facility or it.") var basis: PowerBasis = .facility
    @Option(help: "Design PUE (default 1.2).") var pue: Double?
    @Option(help: "Chip slug from the content folder or a preset name.") var chip = "h100-sxm"
    @Option(help: "Declared number of accelerators (otherwise derived from IT power).") var count: Int?
    @Option(help: "Folder of Markdown content, for --chip.") var content = "content"
    @Option(help: "Model FLOPs utilisation for the training days.") var mfu = 0.4
    @Option(help: "Share of wall time making progress.") var goodput = 1.0
    @OptionGroup var output: ModelOutputOptions

    func validate() throws {
        try ArgumentCheck.nonNegative(powerMW, "--power-mw")
        if let pue { guard pue.isFinite, pue >= 1, pue <= 5 else { throw ValidationError("--pue must be between 1 and 5, got \(pue)") } }
        try ArgumentCheck.count(count, "--count")
        try ArgumentCheck.fraction(mfu, "--mfu")
        try ArgumentCheck.fraction(goodput, "--goodput")
    }

    func run() async throws {
        let accelerator = try ChipResolver.resolve(chip, contentDirectory: content)
        let fleet = count.map { [FleetItem(accelerator: accelerator, count: $0)] } ?? []
        let input = CapacityInput(powerMW: powerMW, basis: basis, pue: pue, fleet: fleet, accelerator: accelerator)
        let result = try ArgumentCheck.model { () throws(SimulationError) in try CapacityModel.estimate(input) }
        var days: [(String, ReportValue)] = []
        var provenance = result.provenance
        if result.accelerators > 0, let bf16 = accelerator.peakFLOPS(.bf16) {
            for (label, flop) in [("1e25", 1e25), ("1e26", 1e26)] {
                let run = try ArgumentCheck.model { () throws(SimulationError) in
                    try TrainingModel.estimate(TrainingInput(flop: flop, accelerators: result.accelerators,
                                                             peakFLOPSPerAccelerator: bf16, mfu: mfu, goodput: goodput))
                }
                days.append((label, .of(run.days)))
            }
            provenance.inputs.append(ProvenanceInput("mfu", mfu, unit: "fraction"))
            provenance.inputs.append(ProvenanceInput("goodput", goodput, unit: "fraction"))
        }
        let allIn = result.accelerators > 0 ? result.fleetITMW * 1000 / Double(result.accelerators) : nil
        output.print(ModelReport(fields: [
            ("chip", .text(accelerator.name)),
            ("facility_mw", .of(result.facilityMW)),
            ("it_mw", .of(result.itMW)),
            ("all_in_kw", .of(allIn)),
            ("accelerators", .integer(result.accelerators)),
            ("peak_bf16_flops", .of(result.peak(.bf16))),
            ("peak_flops", .object(result.peakFLOPS.map { ($0.precision.rawValue, .of($0.flops)) })),
            ("h100_equivalents", .of(result.h100Equivalents)),
            ("h100_equivalent_basis", .text(result.h100EquivalentBasis)),
            ("mfu", .of(mfu)),
            ("goodput", .of(goodput)),
            ("days_to_train", days.isEmpty ? .null : .object(days)),
            ("provenance", provenance.report),
        ]))
    }
}
