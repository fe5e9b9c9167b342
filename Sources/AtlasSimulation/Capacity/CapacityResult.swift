/// A facility's power chain, accelerator count and peak compute.
public struct CapacityResult: Sendable, Hashable {
    /// Facility (total) power, MW.
    public var facilityMW: Double
    /// Critical IT power, MW.
    public var itMW: Double
    /// The fleet, declared or derived.
    public var fleet: [FleetItem]
    /// Total accelerators.
    public var accelerators: Int
    /// Whether the count was derived from power rather than declared.
    public var derivedCount: Bool
    /// IT power the fleet needs at its all-in figures, MW.
    public var fleetITMW: Double
    /// Dense peak FLOP/s by precision, for precisions every fleet member publishes.
    public var peakFLOPS: [PrecisionPeak]
    /// Cluster dense BF16 FLOP/s divided by the H100's.
    public var h100Equivalents: Double
    /// How `h100Equivalents` is normalised.
    public var h100EquivalentBasis: String
    /// How the result was computed.
    public var provenance: Provenance

    /// Peak FLOP/s at `precision`, or nil.
    public func peak(_ precision: Precision) -> Double? {
        peakFLOPS.first { $0.precision == precision }?.flops
    }
}

/// Dense peak FLOP/s at one precision.
public struct PrecisionPeak: Sendable, Hashable {
    /// The precision.
    public var precision: Precision
    /// FLOP/s (OP/s for integer formats).
    public var flops: Double
}
