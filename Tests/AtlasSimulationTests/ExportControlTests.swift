import Testing
import AtlasSimulation

@Suite struct ExportControlTests {
    @Test("V1: H100 SXM dense FP8 1,979 TFLOPS gives TPP 15,832 (NVIDIA datasheet; models.md §6)")
    func h100TPP() throws {
        #expect(try ExportClassifier.totalProcessingPerformance([.fp8: 1979, .bf16: 989.4]).tpp == 15_832)
        let precise = try ExportClassifier.totalProcessingPerformance([.fp8: 1978.9, .bf16: 989.4])
        #expect(abs(precise.tpp - 15_831.2) < 1e-9)
        #expect(precise.precision == .fp8)
    }

    @Test("V2: A100 BF16 312 / INT8 624 gives TPP 4,992, 3A090.a.1 (NVIDIA datasheet; models.md §6)")
    func a100() throws {
        let result = try ExportClassifier.classify(ExportControlInput(denseTFLOPS: [.bf16: 312, .int8: 624], dieAreaMM2: 826, ioGBs: 600))
        #expect(result.tpp == 4992)
        #expect(result.rule2023 == .listed("3A090.a.1"))
        #expect(result.rule2022 == .listed("3A090.a"))
    }

    @Test("V3: H20 TPP 2,368, PD 2.91 on 814 mm², not 3A090.a/.b (SemiAnalysis/FT via press; SMBOM)")
    func h20() throws {
        let result = try ExportClassifier.classify(ExportControlInput(denseTFLOPS: [.fp8: 296, .bf16: 148], dieAreaMM2: 814, memoryGBs: 4000))
        #expect(result.tpp == 2368)
        #expect(abs(result.performanceDensity! - 2.91) <= 0.02)
        #expect(result.rule2023 == .notListed)
        #expect(result.caseByCase2026 == true)
    }

    @Test("V5: H800 (TPP 15,832, I/O 400 GB/s) is outside the 2022 rule and 3A090.a.1 under 2023 (CSIS)")
    func h800() throws {
        let result = try ExportClassifier.classify(ExportControlInput(denseTFLOPS: [.fp8: 1979], dieAreaMM2: 814, ioGBs: 400))
        #expect(result.rule2022 == .notListed)
        #expect(result.rule2023 == .listed("3A090.a.1"))
        let h100 = try ExportClassifier.classify(ExportControlInput(denseTFLOPS: [.fp8: 1979], dieAreaMM2: 814, ioGBs: 900))
        #expect(h100.rule2022 == .listed("3A090.a"))
    }

    @Test("2026 case-by-case: H200 qualifies, B200 does not (91 FR 1684; eccn-3a090.md)")
    func caseByCase() throws {
        let h200 = try ExportClassifier.classify(ExportControlInput(AcceleratorCatalog.h200SXM))
        #expect(h200.caseByCase2026 == true)
        let b200 = try ExportClassifier.classify(ExportControlInput(AcceleratorCatalog.b200))
        #expect(b200.tpp == 36_000)
        #expect(b200.caseByCase2026 == false)
        let unknown = try ExportClassifier.classify(ExportControlInput(denseTFLOPS: [.fp8: 1979]))
        #expect(unknown.caseByCase2026 == nil)
        #expect(unknown.rule2022 == .indeterminate(missing: "io_gbs"))
    }

    @Test("§4.3 table: TPP of the reference chips")
    func referenceTPPs() throws {
        let expected: [(Accelerator, Double)] = [
            (AcceleratorCatalog.gb200, 40_000), (AcceleratorCatalog.gb300, 60_000), (AcceleratorCatalog.gaudi3, 29_360),
            (AcceleratorCatalog.tpuV5p, 7_344), (AcceleratorCatalog.tpuV6e, 14_688), (AcceleratorCatalog.tpu7x, 36_912),
            (AcceleratorCatalog.trainium2, 10_672), (AcceleratorCatalog.mtiaV2, 2_832),
        ]
        for (chip, tpp) in expected {
            #expect(try ExportClassifier.totalProcessingPerformance(chip.denseTFLOPS).tpp == tpp, "\(chip.name)")
        }
        #expect(abs(try ExportClassifier.totalProcessingPerformance(AcceleratorCatalog.mi300x.denseTFLOPS).tpp - 20_919.2) < 1e-9)
    }

    @Test("a.2 and the b paragraphs by their density bands (88 FR 73458)")
    func densityParagraphs() throws {
        // MTIA v2: TPP 2,832 on 421 mm² → PD 6.73 ≥ 5.92.
        let mtia = try ExportClassifier.classify(ExportControlInput(AcceleratorCatalog.mtiaV2))
        #expect(mtia.rule2023 == .listed("3A090.a.2"))
        // TPP 3,000 with PD 2.0: b.1 (2,400 ≤ TPP < 4,800 and 1.6 ≤ PD < 5.92).
        let b1 = try ExportClassifier.classify(ExportControlInput(denseTFLOPS: [.int8: 375], dieAreaMM2: 1500))
        #expect(b1.rule2023 == .listed("3A090.b.1"))
        #expect(b1.nacEligible == true)
        // TPP 2,000 with PD 4.0: b.2 only (TPP below b.1's 2,400).
        let b2 = try ExportClassifier.classify(ExportControlInput(denseTFLOPS: [.int8: 250], dieAreaMM2: 500))
        #expect(b2.rule2023 == .listed("3A090.b.2"))
        // L20 (FP8 239, 608.5 mm²): PD 3.14, just under b.2.
        let l20 = try ExportClassifier.classify(ExportControlInput(denseTFLOPS: [.fp8: 239], dieAreaMM2: 608.5))
        #expect(l20.rule2023 == .notListed)
        // L2: TPP 1,544 < 1,600.
        let l2 = try ExportClassifier.classify(ExportControlInput(denseTFLOPS: [.fp8: 193]))
        #expect(l2.rule2023 == .notListed)
        let missingArea = try ExportClassifier.classify(ExportControlInput(denseTFLOPS: [.fp8: 296]))
        #expect(missingArea.rule2023 == .indeterminate(missing: "die_area_mm2"))
    }

    @Test("Note 2: non-datacenter parts below 4,800 are outside 3A090; the RTX 4090 at 5,285 is a.1 (WinBuzzer; Tom's HW)")
    func datacenterNote() throws {
        let rtx4090 = try ExportClassifier.classify(ExportControlInput(denseTFLOPS: [.fp8: 660.6], dieAreaMM2: 608.5, datacenter: false))
        #expect(abs(rtx4090.tpp - 5284.8) < 1e-9)
        #expect(rtx4090.rule2023 == .listed("3A090.a.1"))
        #expect(rtx4090.nacEligible == true)
        let rtx4090D = try ExportClassifier.classify(ExportControlInput(denseTFLOPS: [.fp8: 588.4], dieAreaMM2: 608.5, datacenter: false))
        #expect(rtx4090D.rule2023 == .notListed)
        let asDatacenter = try ExportClassifier.classify(ExportControlInput(denseTFLOPS: [.fp8: 588.4], dieAreaMM2: 608.5, datacenter: true))
        #expect(asDatacenter.rule2023 == .listed("3A090.a.2"))
    }

    @Test func rejectsBadFigures() {
        #expect(throws: SimulationError.self) { try ExportClassifier.classify(ExportControlInput(denseTFLOPS: [:])) }
        #expect(throws: SimulationError.self) { try ExportClassifier.classify(ExportControlInput(denseTFLOPS: [.fp8: .nan])) }
        #expect(throws: SimulationError.self) { try ExportClassifier.classify(ExportControlInput(denseTFLOPS: [.fp8: 100], dieAreaMM2: 0)) }
        #expect(throws: SimulationError.self) { try ExportClassifier.classify(ExportControlInput(denseTFLOPS: [.fp8: -1])) }
    }

    @Test func thresholdsCarryTheirCitations() {
        #expect(ExportControlRules.october2022.citation.federalRegister == "87 FR 62186")
        #expect(ExportControlRules.october2023.citation.federalRegister == "88 FR 73458")
        #expect(ExportControlRules.january2026.citation.federalRegister == "91 FR 1684")
    }
}
