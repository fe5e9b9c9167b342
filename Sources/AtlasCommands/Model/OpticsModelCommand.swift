public import ArgumentParser
internal import AtlasSimulation

extension OpticsTechnology: ExpressibleByArgument {}

/// `atlas model optics`: fat-tree size and optics power for a scale-out fabric.
struct OpticsModelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "optics",
        abstract: "Size a non-blocking fat tree and its optics power (DSP pluggables, LPO or CPO).",
        discussion: "Example: atlas model optics --accelerators 100000 --nic-gbps 400 --technology pluggable --tiers 3"
    )

    @Option(help: "Endpoints, one NIC each.") var accelerators: Int
    @Option(name: .customLong("nic-gbps"), help: "NIC and switch-port speed, Gb/s.") var nicGbps = 400.0
    @Option(help: "pluggable, lpo or cpo.") var technology: OpticsTechnology = .pluggable
    @Option(help: "2 or 3 (default: the fewest that fit).") var tiers: Int?
    @Option(name: .customLong("switch-tbps"), help: "Switch ASIC capacity, Tb/s.") var switchTbps = 51.2
    @OptionGroup var output: ModelOutputOptions

    func validate() throws {
        try ArgumentCheck.count(accelerators, "--accelerators")
        try ArgumentCheck.positive(nicGbps, "--nic-gbps")
        try ArgumentCheck.positive(switchTbps, "--switch-tbps")
        if let tiers, tiers != 2, tiers != 3 { throw ValidationError("--tiers must be 2 or 3, got \(tiers)") }
    }

    func run() async throws {
        let result = try ArgumentCheck.model { () throws(SimulationError) in
            try FatTreeFabric.size(FabricInput(accelerators: accelerators, nicGbps: nicGbps, switchTbps: switchTbps, tiers: tiers,
                                               technology: technology))
        }
        output.print(ModelReport(fields: [
            ("tiers", .integer(result.tiers)),
            ("switch_radix", .integer(result.switchRadix)),
            ("maximum_endpoints", .integer(result.maximumEndpoints)),
            ("switches", .integer(result.switches)),
            ("links", .integer(result.links)),
            ("transceivers", .integer(result.transceivers)),
            ("pj_per_bit", .of(result.pjPerBit)),
            ("optics_mw", .of(result.opticsMW)),
            ("provenance", result.provenance.report),
        ]))
    }
}
