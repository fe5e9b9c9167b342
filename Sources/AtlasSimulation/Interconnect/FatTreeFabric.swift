/// A scale-out fabric to size.
public struct FabricInput: Sendable, Hashable {
    /// Endpoints (one NIC per accelerator).
    public var accelerators: Int
    /// NIC (and switch port) speed, Gb/s.
    public var nicGbps: Double
    /// Switch ASIC capacity, Tb/s; its radix at `nicGbps` is capacity / speed.
    public var switchTbps: Double
    /// Tiers (2 or 3); nil picks the fewest that fit.
    public var tiers: Int?
    /// Optics on every link end.
    public var technology: OpticsTechnology

    /// Creates an input.
    public init(accelerators: Int, nicGbps: Double, switchTbps: Double = 51.2, tiers: Int? = nil, technology: OpticsTechnology) {
        self.accelerators = accelerators
        self.nicGbps = nicGbps
        self.switchTbps = switchTbps
        self.tiers = tiers
        self.technology = technology
    }
}

/// A non-blocking fat tree's size and optics power.
public struct FabricResult: Sendable, Hashable {
    /// Tiers used.
    public var tiers: Int
    /// Ports per switch at the NIC speed.
    public var switchRadix: Int
    /// Most endpoints the tiers can hold at this radix.
    public var maximumEndpoints: Int
    /// Switches.
    public var switches: Int
    /// Links (endpoint–leaf plus switch–switch).
    public var links: Int
    /// Optical transceivers (one per link end).
    public var transceivers: Int
    /// Energy per bit of the technology, pJ/bit.
    public var pjPerBit: Double
    /// Power of all transceivers, MW.
    public var opticsMW: Double
    /// How the result was computed.
    public var provenance: Provenance
}

/// Sizes a two- or three-tier non-blocking fat tree (folded Clos) and its optics power (`models.md` §3.4).
public enum FatTreeFabric {
    /// Every link is optical, including NIC-to-leaf; rows of GPUs sit too far from their leaf for copper.
    public static let allLinksOptical = Parameter(
        "optical_link_share", 1.0, unit: "fraction", low: 0.7, high: 1.0,
        source: "rail-optimised GPU clusters cable NIC–leaf across rows; copper would lower this [?]", confidence: .uncertain)

    /// Two tiers hold R²/2 endpoints, three tiers R³/4; each tier adds one link per endpoint.
    public static func size(_ input: FabricInput) throws(SimulationError) -> FabricResult {
        try InputCheck.count(input.accelerators, "accelerators")
        try InputCheck.positive(input.nicGbps, "nic_gbps")
        try InputCheck.positive(input.switchTbps, "switch_tbps")
        let radixValue = (input.switchTbps * 1000 / input.nicGbps).rounded(.down)
        guard radixValue >= 4, radixValue <= 4096 else {
            throw .invalidInput(name: "nic_gbps", value: input.nicGbps, requirement: "a speed that gives a switch radix between 4 and 4096")
        }
        let radix = Int(radixValue)
        let capacities = [2: radix * radix / 2, 3: radix * radix * radix / 4]
        let tiers: Int
        if let given = input.tiers {
            guard given == 2 || given == 3 else { throw .invalidInput(name: "tiers", value: Double(given), requirement: "2 or 3") }
            tiers = given
        } else {
            tiers = input.accelerators <= capacities[2]! ? 2 : 3
        }
        guard input.accelerators <= capacities[tiers]! else {
            throw .unsupported("\(input.accelerators) endpoints exceed a \(tiers)-tier fat tree of radix \(radix) (\(capacities[tiers]!) endpoints); a higher-radix switch (more Tb/s per ASIC) fits more")
        }
        let n = input.accelerators
        let half = radix / 2
        let leaves = (n + half - 1) / half
        let top = (n + radix - 1) / radix
        let switches = tiers == 2 ? leaves + top : 2 * leaves + top
        let links = tiers * n
        let transceivers = 2 * links
        let energy = input.technology.energyPerBit
        let watts = Double(transceivers) * energy.value * 1e-12 * input.nicGbps * 1e9 * allLinksOptical.value
        return FabricResult(
            tiers: tiers, switchRadix: radix, maximumEndpoints: capacities[tiers]!, switches: switches, links: links,
            transceivers: transceivers, pjPerBit: energy.value, opticsMW: watts / 1e6,
            provenance: Provenance(
                model: "fabric",
                inputs: [
                    ProvenanceInput("accelerators", Double(n), unit: "endpoints"),
                    ProvenanceInput("nic_gbps", input.nicGbps, unit: "Gb/s"),
                    ProvenanceInput("switch_tbps", input.switchTbps, unit: "Tb/s"),
                    ProvenanceInput("technology", text: input.technology.rawValue),
                ] + (input.tiers.map { [ProvenanceInput("tiers", Double($0), unit: "")] } ?? []),
                assumptions: [energy, allLinksOptical]))
    }
}
