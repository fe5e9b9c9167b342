/// Built-in accelerator presets from the reference table (`chips.csv`), so the models work
/// without the content folder.
public enum AcceleratorCatalog {
    /// All-in IT power per watt of chip TDP, used when a chip has no all-in figure of its own.
    public static let allInPerTDP = Parameter(
        "all_in_per_tdp", 2.0, unit: "kW per kW of TDP", low: 1.86, high: 2.14,
        source: "H100: 1.4 kW all-in (SemiAnalysis method, models.md §1.2) over 700 W TDP", confidence: .derived)

    private static let h100AllIn = "SemiAnalysis method via secondary summary, 1.3–1.5 kW (models.md §1.2)"
    private static let blackwellAllIn = "DGX B200 14.3 kW / 8 plus scale-out network and storage, 1.8–2.0 kW (models.md §1.2)"

    /// NVIDIA H100 SXM5: the H100-equivalent reference.
    public static let h100SXM = Accelerator(
        name: "h100-sxm", denseTFLOPS: [.bf16: 989.4, .fp8: 1978.9, .int8: 1978.9, .fp16: 989.4, .tf32: 494.7],
        tdpW: 700, allInKW: 1.4, allInSource: h100AllIn, memoryTBs: 3.35, chipToChipGBs: 900, dieAreaMM2: 814,
        source: "https://www.nvidia.com/en-us/data-center/h100/ (dense = half the sparse datasheet figures)")
    /// NVIDIA H200 SXM: H100 compute, more and faster memory.
    public static let h200SXM = Accelerator(
        name: "h200-sxm", denseTFLOPS: [.bf16: 989.4, .fp8: 1978.9, .int8: 1978.9, .fp16: 989.4, .tf32: 494.7],
        tdpW: 700, allInKW: 1.4, allInSource: h100AllIn, memoryTBs: 4.8, chipToChipGBs: 900, dieAreaMM2: 814,
        source: "https://www.nvidia.com/en-us/data-center/h200/")
    /// NVIDIA H800 SXM: H100 compute with NVLink cut to 400 GB/s for the 2022 rule.
    public static let h800SXM = Accelerator(
        name: "h800-sxm", denseTFLOPS: [.bf16: 989.4, .fp8: 1978.9, .int8: 1978.9],
        tdpW: 700, allInKW: 1.4, allInSource: h100AllIn, memoryTBs: 3.35, chipToChipGBs: 400, dieAreaMM2: 814,
        source: "https://www.csis.org/analysis/insight-us-semiconductor-export-controls-update")
    /// NVIDIA H20: the China part under the 2023 thresholds.
    public static let h20 = Accelerator(
        name: "h20", denseTFLOPS: [.bf16: 148, .fp8: 296, .int8: 296],
        tdpW: 400, memoryTBs: 4.0, chipToChipGBs: 900, dieAreaMM2: 814,
        source: "Tom's Hardware H20 specs; SMBOM PD 2.9")
    /// NVIDIA A100 SXM4 80 GB.
    public static let a100SXM = Accelerator(
        name: "a100-sxm", denseTFLOPS: [.bf16: 312, .int8: 624, .tf32: 156],
        tdpW: 400, memoryTBs: 2.039, chipToChipGBs: 600, dieAreaMM2: 826,
        source: "https://www.nvidia.com/en-us/data-center/a100/")
    /// NVIDIA B200 (HGX, 1,000 W).
    public static let b200 = Accelerator(
        name: "b200", denseTFLOPS: [.bf16: 2250, .fp8: 4500, .fp6: 4500, .fp4: 9000, .int8: 4500],
        tdpW: 1000, allInKW: 1.9, allInSource: blackwellAllIn, memoryTBs: 7.7, chipToChipGBs: 1800,
        source: "https://www.nvidia.com/en-us/data-center/hgx/")
    /// NVIDIA GB200, per Blackwell GPU in an NVL72 rack.
    public static let gb200 = Accelerator(
        name: "gb200", denseTFLOPS: [.bf16: 2500, .fp8: 5000, .fp6: 5000, .fp4: 10000, .int8: 5000],
        tdpW: 1200, allInKW: 1.9, allInSource: "NVL72 rack ~120 kW / 72 plus scale-out network and storage, 1.8–2.1 kW (models.md §1.2)",
        memoryTBs: 8.0, chipToChipGBs: 1800,
        source: "https://www.nvidia.com/en-us/data-center/gb200-nvl72/")
    /// NVIDIA B300 (HGX, Blackwell Ultra).
    public static let b300 = Accelerator(
        name: "b300", denseTFLOPS: [.bf16: 2250, .fp8: 4500, .fp4: 14000, .int8: 150],
        tdpW: 1100, allInKW: 1.9, allInSource: "DGX B300 14.5 kW / 8 plus network, 1.8–2.0 kW (models.md §1.2)",
        memoryTBs: 7.7, chipToChipGBs: 1800,
        source: "https://verda.com/blog/gb300-nvl72-architecture")
    /// NVIDIA GB300, per Blackwell Ultra GPU in an NVL72 rack.
    public static let gb300 = Accelerator(
        name: "gb300", denseTFLOPS: [.bf16: 2500, .fp8: 5000, .fp4: 15000, .int8: 165],
        tdpW: 1400, allInKW: 2.0, allInSource: "NVL72 rack 120–135 kW / 72 plus network, 1.9–2.2 kW (models.md §1.2)",
        memoryTBs: 8.0, chipToChipGBs: 1800,
        source: "https://www.nvidia.com/en-us/data-center/gb300-nvl72/")
    /// AMD Instinct MI300X.
    public static let mi300x = Accelerator(
        name: "mi300x", denseTFLOPS: [.bf16: 1307.4, .fp8: 2614.9, .int8: 2614.9],
        tdpW: 750, memoryTBs: 5.3, chipToChipGBs: 896,
        source: "https://www.amd.com/en/products/accelerators/instinct/mi300/mi300x.html")
    /// AMD Instinct MI325X.
    public static let mi325x = Accelerator(
        name: "mi325x", denseTFLOPS: [.bf16: 1307.4, .fp8: 2614.9, .int8: 2614.9],
        tdpW: 1000, memoryTBs: 6.0, chipToChipGBs: 896,
        source: "https://www.amd.com/en/products/accelerators/instinct/mi300/mi325x.html")
    /// AMD Instinct MI355X (approximate dense figures).
    public static let mi355x = Accelerator(
        name: "mi355x", denseTFLOPS: [.bf16: 2500, .fp8: 5000, .fp6: 10000, .fp4: 10000],
        tdpW: 1400, memoryTBs: 8.0,
        source: "https://www.amd.com/en/products/accelerators/instinct/mi350/mi355x.html (medium-low confidence)")
    /// Google TPU v5p (TDP not published).
    public static let tpuV5p = Accelerator(
        name: "tpu-v5p", denseTFLOPS: [.bf16: 459, .fp8: 459, .int8: 918], memoryTBs: 2.765, chipToChipGBs: 1200,
        source: "https://cloud.google.com/tpu/docs/v5p")
    /// Google TPU v6e Trillium (TDP not published).
    public static let tpuV6e = Accelerator(
        name: "tpu-v6e", denseTFLOPS: [.bf16: 918, .fp8: 918, .int8: 1836], memoryTBs: 1.638, chipToChipGBs: 800,
        source: "https://cloud.google.com/tpu/docs/v6e")
    /// Google TPU7x Ironwood (TDP not published).
    public static let tpu7x = Accelerator(
        name: "tpu7x", denseTFLOPS: [.bf16: 2307, .fp8: 4614], memoryTBs: 7.37, chipToChipGBs: 1200,
        source: "https://cloud.google.com/tpu/docs/tpu7x")
    /// AWS Trainium2 (TDP not published).
    public static let trainium2 = Accelerator(
        name: "trainium2", denseTFLOPS: [.bf16: 667, .fp8: 1299], memoryTBs: 2.9, chipToChipGBs: 1280,
        source: "https://awsdocs-neuron.readthedocs-hosted.com/en/latest/about-neuron/arch/neuron-hardware/trainium2.html")
    /// Intel Gaudi 3 (OAM).
    public static let gaudi3 = Accelerator(
        name: "gaudi3", denseTFLOPS: [.bf16: 1835, .fp8: 1835], tdpW: 900, memoryTBs: 3.7, chipToChipGBs: 1200,
        source: "https://www.intel.com/content/www/us/en/products/details/processors/ai-accelerators/gaudi.html")
    /// Meta MTIA v2 (in-house inference part).
    public static let mtiaV2 = Accelerator(
        name: "mtia-v2", denseTFLOPS: [.bf16: 177, .fp16: 177, .int8: 354], tdpW: 90, memoryTBs: 0.2048,
        dieAreaMM2: 421, source: "https://ai.meta.com/blog/next-generation-meta-training-inference-accelerator-AI-MTIA/")

    /// Every preset, by name.
    public static let all: [Accelerator] = [
        h100SXM, h200SXM, h800SXM, h20, a100SXM, b200, gb200, b300, gb300,
        mi300x, mi325x, mi355x, tpuV5p, tpuV6e, tpu7x, trainium2, gaudi3, mtiaV2,
    ]

    /// Looks up a preset by name, accepting content slugs such as `nvidia-h100-sxm` and `amd-mi300x`.
    public static func named(_ name: String) throws(SimulationError) -> Accelerator {
        if let found = find(name) { return found }
        throw .unknownPreset(kind: "chip", name: name, known: all.map(\.name))
    }

    /// The preset for `name`, or nil.
    public static func find(_ name: String) -> Accelerator? {
        let key = normalised(name)
        return all.first { $0.name == key }
    }

    private static func normalised(_ name: String) -> String {
        var key = name.lowercased()
        for vendor in ["nvidia-", "amd-", "google-", "aws-", "intel-", "meta-"] where key.hasPrefix(vendor) {
            key.removeFirst(vendor.count)
        }
        let aliases = ["h100": "h100-sxm", "h100-sxm5": "h100-sxm", "h200": "h200-sxm", "h800": "h800-sxm",
                       "a100": "a100-sxm", "a100-sxm4": "a100-sxm", "instinct-mi300x": "mi300x",
                       "tpu-v7": "tpu7x", "ironwood": "tpu7x", "gaudi-3": "gaudi3", "trn2": "trainium2"]
        return aliases[key] ?? key
    }
}
