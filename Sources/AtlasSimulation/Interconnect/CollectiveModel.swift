/// One collective to cost.
public struct CollectiveInput: Sendable, Hashable {
    /// The operation.
    public var operation: CollectiveOperation
    /// The algorithm, or `.auto` for the fastest.
    public var algorithm: CollectiveAlgorithm
    /// Ranks (accelerators) taking part.
    public var ranks: Int
    /// Ranks per node (per scale-up domain).
    public var ranksPerNode: Int
    /// Message size S as nccl-tests reports it (bytes per rank for all-reduce and broadcast,
    /// total gathered or scattered bytes for all-gather and reduce-scatter, bytes sent per rank for all-to-all).
    public var bytes: Double
    /// The scale-up link inside a node.
    public var intra: Link
    /// The scale-out link of each NIC.
    public var inter: Link
    /// NICs per node; nil means one per accelerator (rail-optimised HGX-class nodes).
    public var nicsPerNode: Int?
    /// Fibre route length between nodes, km (cross-site training).
    public var distanceKM: Double

    /// Creates an input.
    public init(operation: CollectiveOperation, algorithm: CollectiveAlgorithm = .auto, ranks: Int, ranksPerNode: Int,
                bytes: Double, intra: Link, inter: Link, nicsPerNode: Int? = nil, distanceKM: Double = 0) {
        self.operation = operation
        self.algorithm = algorithm
        self.ranks = ranks
        self.ranksPerNode = ranksPerNode
        self.bytes = bytes
        self.intra = intra
        self.inter = inter
        self.nicsPerNode = nicsPerNode
        self.distanceKM = distanceKM
    }
}

/// A collective's predicted time and bandwidths.
public struct CollectiveResult: Sendable, Hashable {
    /// Predicted time, seconds.
    public var seconds: Double
    /// algbw = S / t, GB/s.
    public var algbwGBs: Double
    /// busbw = algbw × nccl-tests factor, GB/s.
    public var busbwGBs: Double
    /// The algorithm costed (resolved when `.auto` was asked for).
    public var algorithm: CollectiveAlgorithm
    /// Every modelled algorithm's time, seconds, in tie-break order.
    public var candidates: [AlgorithmTime]
    /// The lowest time any algorithm could reach at line rate, seconds.
    public var bandwidthBoundSeconds: Double
    /// How the result was computed.
    public var provenance: Provenance
}

/// One algorithm's predicted time.
public struct AlgorithmTime: Sendable, Hashable {
    /// The algorithm.
    public var algorithm: CollectiveAlgorithm
    /// Predicted time, seconds.
    public var seconds: Double
}

/// α–β (Hockney) cost models for collectives, reported as nccl-tests reports them (`models.md` §3.1–3.3).
public enum CollectiveModel {
    /// Fixed cost of launching one collective.
    public static let launchLatency = Parameter(
        "launch_latency_s", 8.4e-6, unit: "s", low: 5e-6, high: 15e-6,
        source: "NCCL tuning.cc (2.7-era) base Ring/Simple latency (models.md §3.1)", confidence: .verified)

    /// Converts algbw to busbw for `operation` on `ranks` ranks (nccl-tests definition).
    public static func busbw(algbw: Double, operation: CollectiveOperation, ranks: Int) -> Double {
        algbw * operation.busBandwidthFactor(ranks: ranks)
    }

    /// Converts busbw back to algbw.
    public static func algbw(busbw: Double, operation: CollectiveOperation, ranks: Int) -> Double {
        busbw / operation.busBandwidthFactor(ranks: ranks)
    }

    /// Predicts the collective's time and bandwidths.
    public static func estimate(_ input: CollectiveInput) throws(SimulationError) -> CollectiveResult {
        try InputCheck.count(input.ranks, "gpus", minimum: 2)
        try InputCheck.count(input.ranksPerNode, "gpus_per_node")
        try InputCheck.positive(input.bytes, "bytes")
        try InputCheck.nonNegative(input.distanceKM, "distance_km")
        if let nics = input.nicsPerNode { try InputCheck.count(nics, "nics_per_node") }
        let perNode = Swift.min(input.ranksPerNode, input.ranks)
        guard input.ranks % perNode == 0 else {
            throw .invalidInput(name: "gpus", value: Double(input.ranks), requirement: "a multiple of gpus-per-node (\(perNode))")
        }
        let topology = Topology(input: input, perNode: perNode)
        let algorithms = input.operation.algorithms
        var candidates: [AlgorithmTime] = []
        for algorithm in algorithms {
            if let seconds = topology.seconds(input.operation, algorithm) { candidates.append(AlgorithmTime(algorithm: algorithm, seconds: seconds)) }
        }
        let chosen: AlgorithmTime
        if input.algorithm == .auto {
            chosen = candidates.min { $0.seconds < $1.seconds }!
        } else if let match = candidates.first(where: { $0.algorithm == input.algorithm }) {
            chosen = match
        } else if algorithms.contains(input.algorithm) {
            throw .unsupported("\(input.algorithm.rawValue) needs a scale-up link with in-network reduction (\(input.intra.name) has none)")
        } else {
            throw .unsupported("\(input.algorithm.rawValue) is not modelled for \(input.operation.rawValue); use \(algorithms.map(\.rawValue).joined(separator: ", ")) or auto")
        }
        try InputCheck.finite(chosen.seconds, "time")
        let algbw = input.bytes / chosen.seconds / 1e9
        var assumptions = [launchLatency, input.intra.efficiency, input.intra.stepLatency]
        if topology.nodes > 1 { assumptions += [input.inter.efficiency, input.inter.stepLatency] }
        if chosen.algorithm == .nvls, let nvls = input.intra.inNetworkEfficiency { assumptions.append(nvls) }
        if input.distanceKM > 0 { assumptions.append(FibreLatency.singleMode) }
        var inputs = [
            ProvenanceInput("op", text: input.operation.rawValue),
            ProvenanceInput("algorithm", text: input.algorithm.rawValue),
            ProvenanceInput("gpus", Double(input.ranks), unit: "ranks"),
            ProvenanceInput("gpus_per_node", Double(input.ranksPerNode), unit: "ranks"),
            ProvenanceInput("bytes", input.bytes, unit: "bytes"),
            ProvenanceInput("intra", text: input.intra.name),
            ProvenanceInput("inter", text: input.inter.name),
            ProvenanceInput("nics_per_node", Double(topology.nics), unit: "NICs"),
        ]
        if input.distanceKM > 0 { inputs.append(ProvenanceInput("distance_km", input.distanceKM, unit: "km")) }
        return CollectiveResult(
            seconds: chosen.seconds, algbwGBs: algbw,
            busbwGBs: busbw(algbw: algbw, operation: input.operation, ranks: input.ranks),
            algorithm: chosen.algorithm, candidates: candidates,
            bandwidthBoundSeconds: topology.bandwidthBound(input.operation),
            provenance: Provenance(model: "collective", inputs: inputs, assumptions: assumptions))
    }
}

/// The numbers every algorithm's cost needs, derived once from the input.
private struct Topology {
    let ranks: Double
    let perNode: Double
    let nodes: Int
    let nics: Int
    let bytes: Double
    /// Achievable per-rank scale-up bandwidth, B/s.
    let intraBandwidth: Double
    /// Achievable scale-out bandwidth of a whole node, B/s.
    let nodeBandwidth: Double
    /// NVLS all-reduce bandwidth (algbw), B/s, when the scale-up fabric reduces in the switch.
    let inNetworkBandwidth: Double?
    let intraLatency: Double
    let interLatency: Double
    let launch: Double
    let lineRate: Double

    init(input: CollectiveInput, perNode: Int) {
        ranks = Double(input.ranks)
        self.perNode = Double(perNode)
        nodes = input.ranks / perNode
        nics = input.nicsPerNode ?? perNode
        bytes = input.bytes
        intraBandwidth = input.intra.achievableBytesPerSecond
        nodeBandwidth = Double(nics) * input.inter.achievableBytesPerSecond
        inNetworkBandwidth = input.intra.inNetworkEfficiency.map { input.intra.lineBytesPerSecond * $0.value }
        intraLatency = input.intra.stepLatency.value
        interLatency = input.inter.stepLatency.value + input.distanceKM * FibreLatency.singleMode.value * 1e-6
        launch = CollectiveModel.launchLatency.value
        lineRate = Swift.max(input.intra.lineBytesPerSecond, Double(nics) / self.perNode * input.inter.lineBytesPerSecond)
    }

    /// Flat algorithms see the slower of a rank's scale-up link and its node's NICs: with one
    /// ring per channel, every node boundary carries the full ring traffic once.
    private var flatBandwidth: Double { nodes > 1 ? Swift.min(intraBandwidth, nodeBandwidth) : intraBandwidth }
    private var stepLatency: Double { nodes > 1 ? interLatency : intraLatency }

    func seconds(_ operation: CollectiveOperation, _ algorithm: CollectiveAlgorithm) -> Double? {
        let p = ranks
        let g = perNode
        let n = Double(nodes)
        switch (operation, algorithm) {
        case (.allReduce, .ring):
            return launch + 2 * (p - 1) * stepLatency + 2 * (p - 1) / p * bytes / flatBandwidth
        case (.allReduce, .tree):
            // Chain inside the node, double binary tree across nodes: 2·log₂(nodes) network hops.
            let hops = 2 * (g - 1) * intraLatency + 2 * log2Ceiling(nodes) * interLatency
            return launch + hops + 2 * bytes / flatBandwidth
        case (.allReduce, .nvls):
            guard let inNetwork = inNetworkBandwidth else { return nil }
            let local = 2 * intraLatency + bytes / inNetwork
            return launch + local + interAllReduce(shardBytes: bytes / g)
        case (.allReduce, .hierarchical):
            let local = 2 * (g - 1) * intraLatency + 2 * (g - 1) / g * bytes / intraBandwidth
            return launch + local + interAllReduce(shardBytes: bytes / g)
        case (.reduceScatter, .ring), (.allGather, .ring):
            return launch + (p - 1) * stepLatency + (p - 1) / p * bytes / flatBandwidth
        case (.reduceScatter, .hierarchical), (.allGather, .hierarchical):
            let local = (g - 1) * intraLatency + (g - 1) / g * bytes / intraBandwidth
            let remote = nodes > 1 ? (n - 1) * interLatency + (n - 1) / n * bytes / nodeBandwidth : 0
            return launch + local + remote
        case (.allToAll, .pairwise):
            // On-node and off-node exchanges run at once; the slower bounds the time.
            let local = (g - 1) / p * bytes / intraBandwidth
            let remote = nodes > 1 ? g * (p - g) / p * bytes / nodeBandwidth : 0
            return launch + (p - 1) * stepLatency + Swift.max(local, remote)
        case (.broadcast, .ring):
            return launch + (p - 1) * stepLatency + bytes / flatBandwidth
        default:
            return nil
        }
    }

    /// Ring all-reduce of each rank's shard across nodes, over its share of the node's NICs.
    private func interAllReduce(shardBytes: Double) -> Double {
        guard nodes > 1 else { return 0 }
        let n = Double(nodes)
        return 2 * (n - 1) * interLatency + 2 * (n - 1) / n * shardBytes / (nodeBandwidth / perNode)
    }

    /// Bytes a rank must move at the least, over the fastest line rate it has.
    func bandwidthBound(_ operation: CollectiveOperation) -> Double {
        let share = (ranks - 1) / ranks * bytes
        switch operation {
        case .allReduce, .reduceScatter, .allGather, .allToAll: return share / lineRate
        case .broadcast: return bytes / lineRate
        }
    }

    private func log2Ceiling(_ value: Int) -> Double {
        var steps = 0
        var reach = 1
        while reach < value {
            reach *= 2
            steps += 1
        }
        return Double(steps)
    }
}
