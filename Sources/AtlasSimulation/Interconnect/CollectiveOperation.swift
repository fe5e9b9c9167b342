/// A collective operation, with nccl-tests' bus-bandwidth factor.
public enum CollectiveOperation: String, Sendable, Hashable, CaseIterable {
    case allReduce = "all-reduce"
    case reduceScatter = "reduce-scatter"
    case allGather = "all-gather"
    case allToAll = "all-to-all"
    case broadcast

    /// busbw = algbw × factor, as nccl-tests `doc/PERFORMANCE.md` defines it for `ranks` ranks.
    ///
    /// The all-reduce factor stays 2(n−1)/n for in-network (NVLS) runs too, as the stock test
    /// reports them (nccl-tests #212).
    public func busBandwidthFactor(ranks: Int) -> Double {
        let n = Double(ranks)
        switch self {
        case .allReduce: return 2 * (n - 1) / n
        case .reduceScatter, .allGather, .allToAll: return (n - 1) / n
        case .broadcast: return 1
        }
    }

    /// Algorithms modelled for this operation, in tie-break order.
    public var algorithms: [CollectiveAlgorithm] {
        switch self {
        case .allReduce: [.ring, .tree, .nvls, .hierarchical]
        case .reduceScatter, .allGather: [.ring, .hierarchical]
        case .allToAll: [.pairwise]
        case .broadcast: [.ring]
        }
    }
}

/// How a collective is carried out.
public enum CollectiveAlgorithm: String, Sendable, Hashable, CaseIterable {
    /// Ring (reduce-scatter then all-gather for all-reduce): bandwidth-optimal.
    case ring
    /// NCCL's double binary tree: logarithmic latency.
    case tree
    /// In-network reduction in the NVLink switch (NVLink SHARP), hierarchical across nodes.
    case nvls
    /// Intra-node reduce-scatter, inter-node all-reduce on the shard, intra-node all-gather.
    case hierarchical
    /// Direct exchange with every peer (all-to-all).
    case pairwise
    /// The fastest modelled algorithm for the case.
    case auto
}
