import Testing
import AtlasSimulation

@Suite struct CapacityTests {
    @Test("§1.5 worked example: 100 MW facility at PUE 1.2 (models.md §1.5, derived)", arguments: [
        (AcceleratorCatalog.h100SXM, 59_523, 58.9e18, 49.1),
        (AcceleratorCatalog.b200, 43_859, 98.7e18, 29.3),
        (AcceleratorCatalog.gb200, 43_859, 109.6e18, 26.4),
    ])
    func workedExample(chip: Accelerator, accelerators: Int, peakBF16: Double, days: Double) throws {
        let result = try CapacityModel.estimate(CapacityInput(powerMW: 100, basis: .facility, pue: 1.2, accelerator: chip))
        #expect(abs(result.itMW - 83.333_333) < 1e-5)
        #expect(result.accelerators == accelerators)
        #expect(abs(result.peak(.bf16)! - peakBF16) <= 0.05e18)
        let training = try TrainingModel.estimate(TrainingInput(
            flop: 1e26, accelerators: result.accelerators, peakFLOPSPerAccelerator: chip.peakFLOPS(.bf16)!, mfu: 0.4))
        #expect(abs(training.days - days) <= 0.05)
    }

    @Test func powerBasesConvert() throws {
        let it = try CapacityModel.estimate(CapacityInput(powerMW: 100, basis: .it, pue: 1.25, accelerator: AcceleratorCatalog.h100SXM))
        #expect(it.itMW == 100)
        #expect(it.facilityMW == 125)
        let grid = try CapacityModel.estimate(CapacityInput(powerMW: 120, basis: .grid, pue: 1.2, accelerator: AcceleratorCatalog.h100SXM))
        #expect(abs(grid.itMW - 100) < 1e-9)
        #expect(grid.provenance.assumptions.contains { $0.name == "facility_per_grid_mw" })
    }

    @Test func declaredFleetWinsOverDerivation() throws {
        let result = try CapacityModel.estimate(CapacityInput(
            powerMW: 100, basis: .facility,
            fleet: [FleetItem(accelerator: AcceleratorCatalog.h100SXM, count: 1000), FleetItem(accelerator: AcceleratorCatalog.gb200, count: 72)]))
        #expect(result.accelerators == 1072)
        #expect(!result.derivedCount)
        #expect(abs(result.peak(.bf16)! - (1000 * 989.4e12 + 72 * 2500e12)) < 1)
        // FP4 is not published for the H100, so no FP4 total is claimed for the mixed fleet.
        #expect(result.peak(.fp4) == nil)
        #expect(abs(result.h100Equivalents - (1000 + 72 * 2500 / 989.4)) < 1e-9)
        #expect(abs(result.fleetITMW - (1000 * 1.4 + 72 * 1.9) / 1000) < 1e-12)
    }

    @Test func chipAllInOverrideAndTDPFallback() throws {
        var chip = AcceleratorCatalog.h100SXM
        chip.allInKW = 2.0
        let overridden = try CapacityModel.estimate(CapacityInput(powerMW: 10, basis: .it, accelerator: chip))
        #expect(overridden.accelerators == 5000)
        // MI300X has no all-in figure: 750 W × 2.0 = 1.5 kW.
        let derived = try CapacityModel.estimate(CapacityInput(powerMW: 15, basis: .it, accelerator: AcceleratorCatalog.mi300x))
        #expect(derived.accelerators == 10_000)
        #expect(throws: SimulationError.self) {
            try CapacityModel.estimate(CapacityInput(powerMW: 15, basis: .it, accelerator: AcceleratorCatalog.tpuV5p))
        }
    }

    @Test("V13: a 100k-H100 cluster needs ≈150 MW critical IT and ≈1.59 TWh/yr (SemiAnalysis via secondary summary)")
    func semiAnalysisCluster() throws {
        let itMW = 100_000 * 1.4 / 1000
        #expect(abs(itMW / 150 - 1) <= 0.10)
        // SemiAnalysis assumes full draw all year.
        let energy = try AnnualEnergyModel.estimate(AnnualEnergyInput(itMW: itMW, utilisation: 1, pue: 1.2))
        #expect(abs(energy.facilityEnergyMWh / 1.59e6 - 1) <= 0.10)
    }

    @Test("V11: Llama 3.1 405B, 3.8e25 FLOP in 30.84 M H100-hours at 989.4 TFLOPS implies MFU 34.6 % (model card; Llama 3 paper)")
    func llamaImpliedMFU() throws {
        let mfu = try TrainingModel.impliedMFU(flop: 3.8e25, gpuHours: 30.84e6, peakFLOPSPerAccelerator: 989.4e12)
        #expect(abs(mfu - 0.346) <= 0.02)
        let run = try TrainingModel.estimate(TrainingInput(flop: 3.8e25, accelerators: 16_384, peakFLOPSPerAccelerator: 989.4e12, mfu: mfu))
        #expect(abs(run.gpuHours / 30.84e6 - 1) < 1e-9)
    }

    @Test("V15: an 8×H100 node in training draws at most 0.76 of its 10.2 kW rating (Newkirk et al. 2025)")
    func trainingDraw() {
        let nodeRatingKW = 10.2
        let modelled = nodeRatingKW * TrainingModel.defaultUtilisation.value
        #expect(modelled <= (0.76 + 0.05) * nodeRatingKW)
        #expect(abs(TrainingModel.defaultUtilisation.value - 0.76) <= 0.05)
    }

    @Test func trainingEnergyArithmetic() throws {
        let run = try TrainingModel.estimate(TrainingInput(
            flop: 1e24, accelerators: 1000, peakFLOPSPerAccelerator: 1e15, mfu: 0.5, goodput: 0.8,
            allInKW: 2, utilisation: 0.5, pue: 1.5))
        let seconds = 1e24 / (1000 * 1e15 * 0.5) / 0.8
        #expect(run.seconds == seconds)
        #expect(abs(run.gpuHours - seconds * 1000 / 3600) < 1e-6)
        #expect(abs(run.energyMWh - 1000 * 2000 * 0.5 * seconds * 1.5 / 3.6e9) < 1e-9)
        #expect(run.provenance.assumptions.isEmpty)
    }

    @Test(arguments: [-1.0, .nan, .infinity])
    func rejectsBadPower(power: Double) {
        #expect(throws: SimulationError.self) {
            try CapacityModel.estimate(CapacityInput(powerMW: power, basis: .facility, accelerator: AcceleratorCatalog.h100SXM))
        }
    }

    @Test func rejectsBadTrainingInputs() {
        let bad: [TrainingInput] = [
            TrainingInput(flop: 1e25, accelerators: 0, peakFLOPSPerAccelerator: 1e15, mfu: 0.4),
            TrainingInput(flop: 1e25, accelerators: 10, peakFLOPSPerAccelerator: 1e15, mfu: 0),
            TrainingInput(flop: 1e25, accelerators: 10, peakFLOPSPerAccelerator: 1e15, mfu: 1.5),
            TrainingInput(flop: .nan, accelerators: 10, peakFLOPSPerAccelerator: 1e15, mfu: 0.4),
            TrainingInput(flop: 1e25, accelerators: 10, peakFLOPSPerAccelerator: -1, mfu: 0.4),
        ]
        for input in bad { #expect(throws: SimulationError.self) { try TrainingModel.estimate(input) } }
    }

    @Test func presetsResolveContentSlugsAndAliases() throws {
        #expect(try AcceleratorCatalog.named("nvidia-h100-sxm").name == "h100-sxm")
        #expect(try AcceleratorCatalog.named("amd-mi300x").name == "mi300x")
        #expect(try AcceleratorCatalog.named("H100").name == "h100-sxm")
        #expect(throws: SimulationError.self) { try AcceleratorCatalog.named("h1000") }
    }
}

@Suite struct EnergyTests {
    @Test func annualArithmetic() throws {
        let result = try AnnualEnergyModel.estimate(AnnualEnergyInput(
            itMW: 100, utilisation: 0.5, pue: 1.2, gridIntensityGCO2PerKWh: 400, wueLitresPerKWh: 0.3))
        #expect(result.itEnergyMWh == 100 * 0.5 * 8760)
        #expect(abs(result.facilityEnergyMWh - 525_600) < 1e-6)
        #expect(abs(result.co2Tonnes - 525_600 * 0.4) < 1e-6)
        #expect(abs(result.waterCubicMetres - 438_000 * 0.3) < 1e-6)
        #expect(abs(result.averageFacilityMW - 60) < 1e-9)
    }

    @Test func defaultsAreRecordedAsAssumptions() throws {
        let result = try AnnualEnergyModel.estimate(AnnualEnergyInput(itMW: 10))
        let names = Set(result.provenance.assumptions.map(\.name))
        #expect(names == ["utilisation", "pue_annual", "grid_intensity_gco2_per_kwh", "wue_l_per_kwh"])
        #expect(result.provenance.modelVersion == ModelVersion.current)
        #expect(GridIntensity.parameter(region: "fra")?.value == 56)
    }

    @Test func rejectsBadInputs() {
        #expect(throws: SimulationError.self) { try AnnualEnergyModel.estimate(AnnualEnergyInput(itMW: -1)) }
        #expect(throws: SimulationError.self) { try AnnualEnergyModel.estimate(AnnualEnergyInput(itMW: 1, pue: 0.9)) }
        #expect(throws: SimulationError.self) { try AnnualEnergyModel.estimate(AnnualEnergyInput(itMW: 1, utilisation: .nan)) }
    }
}
