/// A link class with its line rate, achievable efficiency and per-step latency.
public struct Link: Sendable, Hashable {
    /// Preset name, e.g. `nvlink4`.
    public var name: String
    /// Line rate per direction per accelerator (scale-up) or per port (scale-out), GB/s (1e9 bytes).
    public var lineRateGBs: Double
    /// Achievable collective bandwidth over line rate (ring busbw / line rate).
    public var efficiency: Parameter
    /// NVLS-style in-network all-reduce algbw over line rate, when the fabric reduces in the switch.
    public var inNetworkEfficiency: Parameter?
    /// α: latency of one algorithm step over this link, seconds.
    public var stepLatency: Parameter

    /// Creates a link.
    public init(name: String, lineRateGBs: Double, efficiency: Parameter, inNetworkEfficiency: Parameter? = nil, stepLatency: Parameter) {
        self.name = name
        self.lineRateGBs = lineRateGBs
        self.efficiency = efficiency
        self.inNetworkEfficiency = inNetworkEfficiency
        self.stepLatency = stepLatency
    }

    /// Achievable bandwidth, bytes per second.
    public var achievableBytesPerSecond: Double { lineRateGBs * 1e9 * efficiency.value }
    /// Line rate, bytes per second.
    public var lineBytesPerSecond: Double { lineRateGBs * 1e9 }

    private static let nvlinkLatency = Parameter(
        "nvlink_step_latency_s", 3.4e-6, unit: "s", low: 3e-6, high: 10e-6,
        source: "NCCL tuning.cc (2.7-era) per-step NVLink Ring/Simple latency (models.md §3.1)", confidence: .verified)
    private static let networkLatency = Parameter(
        "network_step_latency_s", 9.6e-6, unit: "s", low: 5e-6, high: 20e-6,
        source: "NCCL tuning.cc (2.7-era) per-step network Ring/Simple latency (models.md §3.1)", confidence: .verified)
    private static let infiniBandEfficiency = Parameter(
        "ib_efficiency", 0.94, unit: "fraction", low: 0.92, high: 0.96,
        source: "46–48 GB/s ring busbw per 400 Gb/s NDR NIC (NCCL maintainer, nccl-tests #290): 47/50", confidence: .verified)
    private static let ethernetEfficiency = Parameter(
        "roce_efficiency", 0.93, unit: "fraction", low: 0.85, high: 0.95,
        source: "NDR's 0.94 less ~1 % for RoCEv2's Ethernet/IP/UDP headers on 4 KiB payloads; no per-NIC measurement retrieved",
        confidence: .derived)
    private static let nvlsEfficiency = Parameter(
        "nvls_efficiency", 0.61, unit: "fraction", low: 0.59, high: 0.62,
        source: "8×H100 NVLS all-reduce busbw 480 GB/s → algbw 274.3 GB/s over 450 GB/s (nccl-tests #212; Azure ND H200 v5 479.98)",
        confidence: .derived)

    /// NVLink 4 (H100/H200): 450 GB/s per direction; ring busbw ~370 GB/s.
    public static let nvlink4 = Link(
        name: "nvlink4", lineRateGBs: 450,
        efficiency: Parameter("nvlink4_efficiency", 0.82, unit: "fraction", low: 0.81, high: 0.82,
                              source: "8×H100 ring all-reduce busbw 365–370 GB/s of 450 (nccl #1455; sjeaugey, nccl-tests #212)",
                              confidence: .verified),
        inNetworkEfficiency: nvlsEfficiency, stepLatency: nvlinkLatency)
    /// NVLink 5 (B200/GB200/B300/GB300): 900 GB/s per direction.
    public static let nvlink5 = Link(
        name: "nvlink5", lineRateGBs: 900,
        efficiency: Parameter("nvlink5_efficiency", 0.755, unit: "fraction", low: 0.72, high: 0.82,
                              source: "GB200 4-GPU ring all-reduce busbw 679.61 GB/s of 900 (Azure ND GB200 v6 results)",
                              confidence: .verified),
        inNetworkEfficiency: Parameter("nvls_efficiency", 0.61, unit: "fraction", low: 0.5, high: 0.7,
                                       source: "NVLink 4's NVLS ratio carried over; no NVLink 5 NVLS measurement retrieved",
                                       confidence: .uncertain),
        stepLatency: nvlinkLatency)
    /// PCIe 5.0 x16: 64 GB/s per direction.
    public static let pcie5 = Link(
        name: "pcie5", lineRateGBs: 64,
        efficiency: Parameter("pcie5_efficiency", 0.80, unit: "fraction", low: 0.75, high: 0.85,
                              source: "TLP/DLLP overhead plus NCCL protocol overhead, as for NVLink; no measurement retrieved",
                              confidence: .uncertain),
        stepLatency: nvlinkLatency)
    /// InfiniBand NDR, one 400 Gb/s port.
    public static let ibNDR = Link(name: "ib-ndr", lineRateGBs: 50, efficiency: infiniBandEfficiency, stepLatency: networkLatency)
    /// InfiniBand XDR, one 800 Gb/s port.
    public static let ibXDR = Link(
        name: "ib-xdr", lineRateGBs: 100,
        efficiency: Parameter("ib_efficiency", 0.94, unit: "fraction", low: 0.88, high: 0.96,
                              source: "NDR's measured 0.94 carried over (nccl-tests #290); no XDR measurement retrieved",
                              confidence: .derived),
        stepLatency: networkLatency)
    /// 400 GbE with RoCEv2.
    public static let ethernet400 = Link(name: "400gbe", lineRateGBs: 50, efficiency: ethernetEfficiency, stepLatency: networkLatency)
    /// 800 GbE with RoCEv2.
    public static let ethernet800 = Link(name: "800gbe", lineRateGBs: 100, efficiency: ethernetEfficiency, stepLatency: networkLatency)

    /// Every preset.
    public static let presets: [Link] = [nvlink4, nvlink5, pcie5, ibNDR, ibXDR, ethernet400, ethernet800]

    /// Looks up a preset by name (`nvlink4`, `ib-ndr`, `400gbe`, …).
    public static func named(_ name: String) throws(SimulationError) -> Link {
        let aliases = ["nvlink-4": "nvlink4", "nvlink-5": "nvlink5", "pcie-5": "pcie5", "pcie5-x16": "pcie5",
                       "ndr": "ib-ndr", "xdr": "ib-xdr", "eth-400": "400gbe", "roce-400": "400gbe",
                       "eth-800": "800gbe", "roce-800": "800gbe"]
        let key = aliases[name.lowercased()] ?? name.lowercased()
        guard let link = presets.first(where: { $0.name == key }) else {
            throw .unknownPreset(kind: "link", name: name, known: presets.map(\.name))
        }
        return link
    }
}
