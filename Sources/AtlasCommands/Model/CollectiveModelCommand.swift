public import ArgumentParser
internal import AtlasSimulation

extension CollectiveOperation: ExpressibleByArgument {}
extension CollectiveAlgorithm: ExpressibleByArgument {}

/// `atlas model collective`: α–β time of a collective, with nccl-tests' algbw and busbw.
struct CollectiveModelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "collective",
        abstract: "Predict a collective's time, algbw and busbw (as nccl-tests reports them).",
        discussion: """
        Example: atlas model collective --op all-reduce --algorithm ring --gpus 32 --gpus-per-node 8 --bytes 8e9 --intra nvlink4 --inter ib-ndr
        --inter is the scale-out link of each accelerator (one NIC per accelerator, rail-optimised, as in HGX-class nodes) unless --nics-per-node says otherwise. Links: \(Link.presets.map(\.name).joined(separator: ", ")).
        """
    )

    @Option(help: "all-reduce, reduce-scatter, all-gather, all-to-all or broadcast.") var op: CollectiveOperation = .allReduce
    @Option(help: "ring, tree, nvls, hierarchical, pairwise or auto.") var algorithm: CollectiveAlgorithm = .auto
    @Option(help: "Ranks (accelerators).") var gpus: Int
    @Option(name: .customLong("gpus-per-node"), help: "Ranks per node (scale-up domain).") var gpusPerNode = 8
    @Option(help: "Message size in bytes as nccl-tests counts it (e.g. 8e9).") var bytes: Double
    @Option(help: "Scale-up link preset.") var intra = "nvlink4"
    @Option(help: "Scale-out link preset (per NIC).") var inter = "ib-ndr"
    @Option(name: .customLong("nics-per-node"), help: "NICs per node (default: one per accelerator).") var nicsPerNode: Int?
    @Option(name: .customLong("distance-km"), help: "Fibre route between nodes, km (cross-site training).") var distanceKM = 0.0
    @OptionGroup var output: ModelOutputOptions

    func validate() throws {
        try ArgumentCheck.count(gpus, "--gpus", minimum: 2)
        try ArgumentCheck.count(gpusPerNode, "--gpus-per-node")
        try ArgumentCheck.count(nicsPerNode, "--nics-per-node")
        try ArgumentCheck.positive(bytes, "--bytes")
        try ArgumentCheck.nonNegative(distanceKM, "--distance-km")
        _ = try ArgumentCheck.model { () throws(SimulationError) in try Link.named(intra) }
        _ = try ArgumentCheck.model { () throws(SimulationError) in try Link.named(inter) }
    }

    func run() async throws {
        let result = try ArgumentCheck.model { () throws(SimulationError) in
            try CollectiveModel.estimate(CollectiveInput(
                operation: op, algorithm: algorithm, ranks: gpus, ranksPerNode: gpusPerNode, bytes: bytes,
                intra: try Link.named(intra), inter: try Link.named(inter), nicsPerNode: nicsPerNode, distanceKM: distanceKM))
        }
        output.print(ModelReport(fields: [
            ("time_s", .of(result.seconds)),
            ("algbw_gbs", .of(result.algbwGBs)),
            ("busbw_gbs", .of(result.busbwGBs)),
            ("algorithm", .text(result.algorithm.rawValue)),
            ("candidates_s", .object(result.candidates.map { ($0.algorithm.rawValue, .of($0.seconds)) })),
            ("bandwidth_bound_s", .of(result.bandwidthBoundSeconds)),
            ("provenance", result.provenance.report),
        ]))
    }
}
