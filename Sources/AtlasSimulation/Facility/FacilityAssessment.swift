/// Everything the atlas computes for one facility, from its own input structs.
public struct FacilityScenario: Sendable, Hashable {
    /// Power and fleet.
    public var capacity: CapacityInput
    /// Annual-energy overrides (the IT power comes from `capacity`).
    public var utilisation: Double?
    /// Annualised PUE; nil uses the default.
    public var annualPUE: Double?
    /// Grid intensity, gCO2e/kWh; nil uses the world average.
    public var gridIntensityGCO2PerKWh: Double?
    /// Site WUE, L/kWh; nil uses the default.
    public var wueLitresPerKWh: Double?
    /// Training budgets to time, FLOP.
    public var trainingFLOP: [Double]
    /// MFU for the training times.
    public var mfu: Double
    /// Scale-out NIC speed for fabric sizing, Gb/s.
    public var nicGbps: Double
    /// Optics technology for fabric sizing.
    public var optics: OpticsTechnology
    /// The site's own wind supply, if any.
    public var supply: WindSupplyScenario?

    /// Creates a scenario.
    public init(capacity: CapacityInput, utilisation: Double? = nil, annualPUE: Double? = nil, gridIntensityGCO2PerKWh: Double? = nil,
                wueLitresPerKWh: Double? = nil, trainingFLOP: [Double] = [1e25, 1e26], mfu: Double = 0.4, nicGbps: Double = 400,
                optics: OpticsTechnology = .pluggable, supply: WindSupplyScenario? = nil) {
        self.capacity = capacity
        self.utilisation = utilisation
        self.annualPUE = annualPUE
        self.gridIntensityGCO2PerKWh = gridIntensityGCO2PerKWh
        self.wueLitresPerKWh = wueLitresPerKWh
        self.trainingFLOP = trainingFLOP
        self.mfu = mfu
        self.nicGbps = nicGbps
        self.optics = optics
        self.supply = supply
    }
}

/// The results of every model for one facility.
public struct FacilityAssessment: Sendable, Hashable {
    /// Power chain, fleet and peak compute.
    public var capacity: CapacityResult
    /// Annual energy, carbon and water.
    public var energy: AnnualEnergyResult
    /// Training time for each budget in the scenario, on the whole fleet.
    public var training: [TrainingEstimate]
    /// Each fleet chip's export classification, in fleet order.
    public var exportControl: [ExportClassification]
    /// The scale-out fabric, when the fleet needs one and fits a three-tier fat tree.
    public var fabric: FabricResult?
    /// The own-supply simulation, when the site has one.
    public var supply: WindSupplyResult?
}

/// Runs every model for a facility.
public enum FacilityModel {
    /// Assesses `scenario`; pure and deterministic, so facilities can be assessed in parallel.
    public static func assess(_ scenario: FacilityScenario) throws(SimulationError) -> FacilityAssessment {
        let capacity = try CapacityModel.estimate(scenario.capacity)
        let energy = try AnnualEnergyModel.estimate(AnnualEnergyInput(
            itMW: capacity.itMW, utilisation: scenario.utilisation, pue: scenario.annualPUE,
            gridIntensityGCO2PerKWh: scenario.gridIntensityGCO2PerKWh, wueLitresPerKWh: scenario.wueLitresPerKWh))
        var training: [TrainingEstimate] = []
        if capacity.accelerators > 0, let bf16 = capacity.peak(.bf16) {
            let allIn = capacity.fleetITMW * 1000 / Double(capacity.accelerators)
            for flop in scenario.trainingFLOP {
                training.append(try TrainingModel.estimate(TrainingInput(
                    flop: flop, accelerators: capacity.accelerators, peakFLOPSPerAccelerator: bf16 / Double(capacity.accelerators),
                    mfu: scenario.mfu, allInKW: allIn, pue: scenario.capacity.pue)))
            }
        }
        var exportControl: [ExportClassification] = []
        for item in capacity.fleet { exportControl.append(try ExportClassifier.classify(ExportControlInput(item.accelerator))) }
        // A fleet beyond one three-tier fat tree (millions of endpoints) gets no fabric figure rather than a guess.
        let fabric = capacity.accelerators >= 2
            ? try? FatTreeFabric.size(FabricInput(accelerators: capacity.accelerators, nicGbps: scenario.nicGbps, technology: scenario.optics))
            : nil
        let supply = try scenario.supply.map { (supply) throws(SimulationError) in try WindSupplySimulation.run(supply) }
        return FacilityAssessment(capacity: capacity, energy: energy, training: training, exportControl: exportControl,
                                  fabric: fabric, supply: supply)
    }
}
