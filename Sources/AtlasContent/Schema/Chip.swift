/// An AI accelerator and its published specifications (dense throughput).
public struct Chip: Codable, Sendable, Hashable {
    /// The designing organization.
    public var vendor: Slug?
    /// Year of introduction.
    public var year: Int?
    /// Manufacturing process.
    public var process: String?
    /// Thermal design power.
    public var tdpW: Double?
    /// Die area (all logic dies).
    public var dieAreaMM2: Double?
    /// Designed or marketed for data centers (default true).
    public var datacenter: Bool?
    /// Dense FP64 throughput.
    public var fp64TFLOPS: Double?
    /// Dense FP32 throughput.
    public var fp32TFLOPS: Double?
    /// Dense TF32 throughput.
    public var tf32TFLOPS: Double?
    /// Dense FP16 throughput.
    public var fp16TFLOPS: Double?
    /// Dense BF16 throughput.
    public var bf16TFLOPS: Double?
    /// Dense FP8 throughput.
    public var fp8TFLOPS: Double?
    /// Dense FP6 throughput.
    public var fp6TFLOPS: Double?
    /// Dense FP4 throughput.
    public var fp4TFLOPS: Double?
    /// Dense INT8 throughput.
    public var int8TOPS: Double?
    /// Memory capacity.
    public var memoryGB: Double?
    /// Memory bandwidth in TB/s.
    public var memoryTBs: Double?
    /// Scale-up bandwidth in GB/s, bidirectional.
    public var scaleupGBs: Double?
    /// The scale-up fabric.
    public var scaleupFabric: String?
    /// Accelerators per scale-up domain.
    public var scaleupDomain: Int?
    /// All-in IT power per accelerator, overriding the model default.
    public var allInKW: Double?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case vendor, year, process, tdpW = "tdp_w", dieAreaMM2 = "die_area_mm2", datacenter
        case fp64TFLOPS = "fp64_tflops", fp32TFLOPS = "fp32_tflops", tf32TFLOPS = "tf32_tflops"
        case fp16TFLOPS = "fp16_tflops", bf16TFLOPS = "bf16_tflops", fp8TFLOPS = "fp8_tflops"
        case fp6TFLOPS = "fp6_tflops", fp4TFLOPS = "fp4_tflops", int8TOPS = "int8_tops"
        case memoryGB = "memory_gb", memoryTBs = "memory_tbs", scaleupGBs = "scaleup_gbs"
        case scaleupFabric = "scaleup_fabric", scaleupDomain = "scaleup_domain", allInKW = "all_in_kw"
    }

    /// Dense throughput by precision, widest first, with the field's name.
    public var throughputs: [(key: String, label: String, value: Double?)] {
        [
            ("fp64_tflops", "FP64", fp64TFLOPS), ("fp32_tflops", "FP32", fp32TFLOPS), ("tf32_tflops", "TF32", tf32TFLOPS),
            ("fp16_tflops", "FP16", fp16TFLOPS), ("bf16_tflops", "BF16", bf16TFLOPS), ("fp8_tflops", "FP8", fp8TFLOPS),
            ("fp6_tflops", "FP6", fp6TFLOPS), ("fp4_tflops", "FP4", fp4TFLOPS), ("int8_tops", "INT8", int8TOPS),
        ]
    }

    var references: [Reference] {
        var list = ReferenceList()
        list.add("vendor", .organizations, vendor)
        return list.items
    }

    func check(_ checker: inout RangeChecker) {
        checker.year(year, "year")
        checker.positive(tdpW, "tdp_w")
        checker.positive(dieAreaMM2, "die_area_mm2")
        for entry in throughputs { checker.positive(entry.value, entry.key) }
        checker.positive(memoryGB, "memory_gb")
        checker.positive(memoryTBs, "memory_tbs")
        checker.nonNegative(scaleupGBs, "scaleup_gbs")
        if let scaleupDomain { checker.check(scaleupDomain > 0, "scaleup_domain", "must be greater than zero") }
        checker.positive(allInKW, "all_in_kw")
    }
}
