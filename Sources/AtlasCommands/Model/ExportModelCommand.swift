internal import ArgumentParser
internal import AtlasSimulation

/// `atlas model export`: TPP, performance density and the 3A090 classification by rule vintage.
struct ExportModelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Classify a chip under ECCN 3A090 (Oct 2022, Oct 2023) and the Jan 2026 case-by-case limits.",
        discussion: "Use dense (non-sparse) figures. Example: atlas model export --fp8-tflops 1979 --bf16-tflops 989.4 --die-area-mm2 814 --io-gbs 900 --memory-tbs 3.35. The atlas's derivation, not an official classification."
    )

    @Option(help: "Start from a chip in the content folder or a preset; the options below override its figures.")
    var chip: String?
    @Option(help: "Folder of Markdown content, for --chip.")
    var content = "content"
    @Option(name: .customLong("fp64-tflops")) var fp64: Double?
    @Option(name: .customLong("fp32-tflops")) var fp32: Double?
    @Option(name: .customLong("tf32-tflops")) var tf32: Double?
    @Option(name: .customLong("fp16-tflops")) var fp16: Double?
    @Option(name: .customLong("bf16-tflops"), help: "Dense BF16 TFLOPS.") var bf16: Double?
    @Option(name: .customLong("fp8-tflops"), help: "Dense FP8 TFLOPS.") var fp8: Double?
    @Option(name: .customLong("fp6-tflops")) var fp6: Double?
    @Option(name: .customLong("fp4-tflops"), help: "Dense FP4 TFLOPS.") var fp4: Double?
    @Option(name: .customLong("int8-tops"), help: "Dense INT8 TOPS.") var int8: Double?
    @Option(name: .customLong("die-area-mm2"), help: "Applicable die area (non-planar logic dies), mm².") var dieArea: Double?
    @Option(name: .customLong("io-gbs"), help: "Aggregate bidirectional chip-to-chip I/O, GB/s (2022 rule).") var io: Double?
    @Option(name: .customLong("memory-tbs"), help: "DRAM bandwidth, TB/s (2026 rule).") var memory: Double?
    @Flag(name: .customLong("not-datacenter"), help: "Not designed or marketed for datacenters (3A090 Note 2).")
    var notDatacenter = false
    @OptionGroup var output: ModelOutputOptions

    private var throughputs: [(Precision, Double?)] {
        [(.fp64, fp64), (.fp32, fp32), (.tf32, tf32), (.fp16, fp16), (.bf16, bf16), (.fp8, fp8), (.fp6, fp6), (.fp4, fp4), (.int8, int8)]
    }

    func validate() throws {
        for (precision, value) in throughputs {
            try ArgumentCheck.positive(value, precision == .int8 ? "--int8-tops" : "--\(precision.rawValue)-tflops")
        }
        try ArgumentCheck.positive(dieArea, "--die-area-mm2")
        try ArgumentCheck.nonNegative(io, "--io-gbs")
        try ArgumentCheck.positive(memory, "--memory-tbs")
        if chip == nil, throughputs.allSatisfy({ $0.1 == nil }) {
            throw ValidationError("give at least one dense throughput (e.g. --fp8-tflops 1979) or --chip")
        }
    }

    func run() async throws {
        var input = ExportControlInput(denseTFLOPS: [:])
        if let chip { input = ExportControlInput(try ChipResolver.resolve(chip, contentDirectory: content)) }
        for (precision, value) in throughputs { if let value { input.denseTFLOPS[precision] = value } }
        if let dieArea { input.dieAreaMM2 = dieArea }
        if let io { input.ioGBs = io }
        if let memory { input.memoryGBs = memory * 1000 }
        if notDatacenter { input.datacenter = false }
        let result = try ArgumentCheck.model { () throws(SimulationError) in try ExportClassifier.classify(input) }
        output.print(ModelReport(fields: [
            ("tpp", .of(result.tpp)),
            ("tpp_precision", .text(result.tppPrecision.rawValue)),
            ("performance_density", .of(result.performanceDensity)),
            ("classification", .object([
                ("2022", .text(result.rule2022.description)),
                ("2023", .text(result.rule2023.description)),
                ("case_by_case_2026", result.caseByCase2026.map(ReportValue.flag) ?? .null),
            ])),
            ("nac_eligible", result.nacEligible.map(ReportValue.flag) ?? .null),
            ("provenance", result.provenance.report),
        ]))
    }
}
