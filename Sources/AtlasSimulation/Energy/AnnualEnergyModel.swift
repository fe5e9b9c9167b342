/// What the annual energy model needs.
public struct AnnualEnergyInput: Sendable, Hashable {
    /// Nameplate critical IT power, MW.
    public var itMW: Double
    /// Average IT draw over nameplate; nil uses `AnnualEnergyModel.defaultUtilisation`.
    public var utilisation: Double?
    /// Annualised PUE; nil uses `AnnualEnergyModel.defaultAnnualPUE`.
    public var pue: Double?
    /// Location-based grid intensity, gCO2e/kWh; nil uses the world average.
    public var gridIntensityGCO2PerKWh: Double?
    /// Site water use per kWh of IT energy, L/kWh; nil uses `AnnualEnergyModel.defaultWUE`.
    public var wueLitresPerKWh: Double?

    /// Creates an input.
    public init(itMW: Double, utilisation: Double? = nil, pue: Double? = nil, gridIntensityGCO2PerKWh: Double? = nil,
                wueLitresPerKWh: Double? = nil) {
        self.itMW = itMW
        self.utilisation = utilisation
        self.pue = pue
        self.gridIntensityGCO2PerKWh = gridIntensityGCO2PerKWh
        self.wueLitresPerKWh = wueLitresPerKWh
    }
}

/// A year of a facility's energy, carbon and water.
public struct AnnualEnergyResult: Sendable, Hashable {
    /// IT energy, MWh per year.
    public var itEnergyMWh: Double
    /// Facility energy, MWh per year.
    public var facilityEnergyMWh: Double
    /// Average facility draw, MW.
    public var averageFacilityMW: Double
    /// Location-based emissions, tonnes CO2e per year.
    public var co2Tonnes: Double
    /// Site water use, cubic metres per year.
    public var waterCubicMetres: Double
    /// How the result was computed.
    public var provenance: Provenance
}

/// Annual IT and facility energy, location-based CO2 and site water (`models.md` §2.1).
public enum AnnualEnergyModel {
    /// Hours in a (non-leap) year.
    public static let hoursPerYear = 8760.0
    /// Average IT draw over nameplate for an AI training campus.
    public static let defaultUtilisation = Parameter(
        "utilisation", 0.7, unit: "fraction", low: 0.6, high: 0.8,
        source: "AI training clusters 0.6–0.8; measured node peak 0.76 of rating (Newkirk et al. 2025; models.md §2.1)",
        confidence: .secondary)
    /// Annualised PUE of a new AI campus.
    public static let defaultAnnualPUE = Parameter(
        "pue_annual", 1.2, unit: "ratio", low: 1.09, high: 1.56,
        source: "new liquid-cooled AI campus; Google fleet 1.09, industry average 1.56 (models.md §1.1)", confidence: .secondary)
    /// Site water usage effectiveness.
    public static let defaultWUE = Parameter(
        "wue_l_per_kwh", 0.30, unit: "L/kWh", low: 0.27, high: 0.49,
        source: "Microsoft fleet FY2024 (models.md §2.1)", confidence: .secondary)

    /// E_IT = P_IT · u · 8760 h; E_facility = E_IT · PUE; CO2 = E_facility · CI; water = E_IT · WUE.
    public static func estimate(_ input: AnnualEnergyInput) throws(SimulationError) -> AnnualEnergyResult {
        try InputCheck.nonNegative(input.itMW, "it_mw")
        var inputs = [ProvenanceInput("it_mw", input.itMW, unit: "MW")]
        var assumptions: [Parameter] = []
        func resolve(_ given: Double?, _ fallback: Parameter) -> Parameter {
            guard let given else {
                assumptions.append(fallback)
                return fallback
            }
            inputs.append(ProvenanceInput(fallback.name, given, unit: fallback.unit))
            return fallback.overridden(by: given)
        }
        let utilisation = resolve(input.utilisation, defaultUtilisation)
        let pue = resolve(input.pue, defaultAnnualPUE)
        let intensity = resolve(input.gridIntensityGCO2PerKWh, GridIntensity.parameter(region: "WLD")!)
        let wue = resolve(input.wueLitresPerKWh, defaultWUE)
        try InputCheck.unitFraction(utilisation.value, "utilisation")
        try InputCheck.within(pue.value, 1...5, "pue")
        try InputCheck.nonNegative(intensity.value, "grid_intensity_gco2_per_kwh")
        try InputCheck.nonNegative(wue.value, "wue_l_per_kwh")

        let itMWh = input.itMW * utilisation.value * hoursPerYear
        let facilityMWh = itMWh * pue.value
        // 1 MWh = 1,000 kWh; grams → tonnes is 1e-6; litres → m³ is 1e-3.
        let co2Tonnes = facilityMWh * 1000 * intensity.value / 1e6
        let waterCubicMetres = itMWh * 1000 * wue.value / 1000
        try InputCheck.finite(co2Tonnes, "co2")
        return AnnualEnergyResult(
            itEnergyMWh: itMWh, facilityEnergyMWh: facilityMWh, averageFacilityMW: facilityMWh / hoursPerYear,
            co2Tonnes: co2Tonnes, waterCubicMetres: waterCubicMetres,
            provenance: Provenance(model: "annual-energy", inputs: inputs, assumptions: assumptions))
    }
}
