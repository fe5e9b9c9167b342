internal import Foundation
public import AtlasContent
internal import AtlasSimulation

/// A value an entity page shows: formatted with its unit, and raw for data downloads.
struct NamedValue: Sendable, Hashable {
    let label: String
    let text: String
    let number: Double?
}

/// Every value of an entity that prose may quote with `{{ name }}`, and that panels show.
///
/// One registry, so a number in a sentence is always the number in the panel and the data file.
enum EntityValues {
    static func values(for entry: Entry, computed: ComputedModels) -> [String: NamedValue] {
        var values: [String: NamedValue] = [:]
        func put(_ name: String, _ label: String, _ text: String, _ number: Double?) {
            values[name] = NamedValue(label: label, text: text, number: number)
        }
        func number(_ name: String, _ label: String, _ value: Double?, unit: String, decimals: Int = 3) {
            if let value { put(name, label, NumberFormatting.decimal(value, decimals: decimals) + (unit.isEmpty ? "" : " " + unit), value) }
        }
        switch entry.details {
        case .facility(let facility):
            number("power_mw", "Power", facility.powerMW, unit: "MW")
            number("it_mw", "IT load", facility.itMW, unit: "MW")
            number("pue", "PUE", facility.pue, unit: "")
            if let year = facility.firstPowerYear { put("first_power_year", "First power", String(year), Double(year)) }
            if case .success(let result)? = computed.facilities[entry.id] { facilityValues(result, put: put) }
        case .chip(let chip):
            for item in chip.throughputs { number(item.key, "\(item.label) dense", item.value, unit: item.key == "int8_tops" ? "TOPS" : "TFLOPS") }
            number("tdp_w", "TDP", chip.tdpW, unit: "W", decimals: 0)
            number("memory_gb", "Memory", chip.memoryGB, unit: "GB", decimals: 0)
            number("memory_tbs", "Memory bandwidth", chip.memoryTBs, unit: "TB/s", decimals: 2)
            number("die_area_mm2", "Die area", chip.dieAreaMM2, unit: "mm²", decimals: 0)
            if case .success(let export)? = computed.chips[entry.id] {
                put("export.tpp", "Total processing performance", NumberFormatting.decimal(export.tpp, decimals: 0), export.tpp)
                put("export.tpp_precision", "TPP set by", export.tppPrecision.rawValue.uppercased(), nil)
                if let density = export.performanceDensity {
                    put("export.performance_density", "Performance density", NumberFormatting.decimal(density, decimals: 2) + " TPP/mm²", density)
                }
                put("export.rule_2022", "October 2022 rule", statusText(export.rule2022), nil)
                put("export.rule_2023", "October 2023 rule", statusText(export.rule2023), nil)
                if let eligible = export.caseByCase2026 {
                    put("export.case_by_case_2026", "January 2026 case-by-case review",
                        eligible ? "eligible (TPP < 21,000 and DRAM bandwidth < 6,500 GB/s)" : "not eligible (above a ceiling)", eligible ? 1 : 0)
                }
            }
        case .investment(let deal):
            if let amount = deal.amountUSD { put("amount_usd", "Amount", NumberFormatting.usd(amount), Double(amount)) }
            if let valuation = deal.valuationUSD { put("valuation_usd", "Valuation", NumberFormatting.usd(valuation), Double(valuation)) }
            if let gpus = deal.gpus { put("gpus", "Accelerators", NumberFormatting.integer(gpus), Double(gpus)) }
            number("gw", "Power", deal.gw, unit: "GW")
        case .region(let region):
            number("grid_intensity_gco2_kwh", "Grid carbon intensity", region.gridIntensityGCO2kWh, unit: "gCO₂/kWh", decimals: 1)
        case .scenario(let scenario):
            number("load_mw", "Load", scenario.loadMW, unit: "MW")
            number("mean_speed_ms", "Mean wind speed", scenario.meanSpeedMS, unit: "m/s")
            number("nic_gbps", "NIC speed", scenario.nicGbps, unit: "Gb/s")
            number("gradient_gb", "Gradients per step", scenario.gradientGB, unit: "GB")
            if let gpus = scenario.gpus { put("gpus", "Accelerators", NumberFormatting.integer(gpus), Double(gpus)) }
        case .consortium, .organization, .policy, .page:
            break
        }
        return values
    }

    static func statusText(_ status: ExportStatus) -> String {
        switch status {
        case .listed(let paragraph): "controlled, \(paragraph)"
        case .notListed: "not listed"
        case .indeterminate(let missing): "cannot tell (\(missing) unknown)"
        }
    }

    private static func facilityValues(_ result: FacilityComputation, put: (String, String, String, Double?) -> Void) {
        let capacity = result.assessment.capacity
        put("capacity.it_mw", "IT power", NumberFormatting.significant(capacity.itMW) + " MW", capacity.itMW)
        put("capacity.facility_mw", "Facility power", NumberFormatting.significant(capacity.facilityMW) + " MW", capacity.facilityMW)
        put("capacity.accelerators", capacity.derivedCount ? "Accelerators (derived)" : "Accelerators (declared)",
            NumberFormatting.integer(capacity.accelerators), Double(capacity.accelerators))
        if let bf16 = capacity.peak(.bf16) {
            put("capacity.peak_bf16_flops", "Peak dense BF16", NumberFormatting.si(bf16, unit: "FLOP/s"), bf16)
        }
        if let fp8 = capacity.peak(.fp8) {
            put("capacity.peak_fp8_flops", "Peak dense FP8", NumberFormatting.si(fp8, unit: "FLOP/s"), fp8)
        }
        put("capacity.h100_equivalents", "H100-equivalents", NumberFormatting.integer(Int(capacity.h100Equivalents.rounded())), capacity.h100Equivalents)
        for estimate in result.assessment.training {
            let exponent = Int(log10(estimate.flop).rounded())
            let power = NumberFormatting.scientific(estimate.flop).replacing("1 × ", with: "")
            put("training.days_1e\(exponent)", "Days to train \(power) FLOP", NumberFormatting.significant(estimate.days) + " days", estimate.days)
            put("training.energy_mwh_1e\(exponent)", "Energy of a \(power) FLOP run", NumberFormatting.si(estimate.energyMWh * 1e6, unit: "Wh"), estimate.energyMWh)
        }
        let energy = result.assessment.energy
        put("energy.it_gwh", "Annual IT energy", NumberFormatting.si(energy.itEnergyMWh * 1e6, unit: "Wh"), energy.itEnergyMWh / 1000)
        put("energy.facility_gwh", "Annual facility energy", NumberFormatting.si(energy.facilityEnergyMWh * 1e6, unit: "Wh"), energy.facilityEnergyMWh / 1000)
        put("energy.co2_kt", "CO₂ (location-based)", NumberFormatting.significant(energy.co2Tonnes / 1000) + " kt", energy.co2Tonnes / 1000)
        put("energy.water_m3", "Water", NumberFormatting.significant(energy.waterCubicMetres) + " m³", energy.waterCubicMetres)
        if let supply = result.assessment.supply {
            put("supply.capacity_factor", "Wind capacity factor", NumberFormatting.percent(supply.capacityFactor), supply.capacityFactor)
            put("supply.coverage", "Hourly-matched renewable coverage", NumberFormatting.percent(supply.coverage), supply.coverage)
            put("supply.curtailment", "Curtailment", NumberFormatting.percent(supply.curtailment), supply.curtailment)
            put("supply.grid_import_gwh", "Grid import per year", NumberFormatting.si(supply.gridImportMWh * 1e6, unit: "Wh"), supply.gridImportMWh / 1000)
            put("supply.storage_cycles", "Storage cycles per year", NumberFormatting.significant(supply.storageCycles), supply.storageCycles)
        }
        if let fabric = result.assessment.fabric ?? result.opticsByTechnology.first?.1 {
            put("fabric.tiers", "Fat-tree tiers", String(fabric.tiers), Double(fabric.tiers))
            put("fabric.switches", "Switches", NumberFormatting.integer(fabric.switches), Double(fabric.switches))
            put("fabric.transceivers", "Optical transceivers", NumberFormatting.integer(fabric.transceivers), Double(fabric.transceivers))
        }
        for (technology, fabric) in result.opticsByTechnology {
            put("fabric.optics_mw_\(technology.rawValue)", "Optics power, \(technology.label)", NumberFormatting.significant(fabric.opticsMW) + " MW", fabric.opticsMW)
        }
        if let sync = result.gradientSync {
            put("interconnect.allreduce_ms", "Gradient all-reduce per step", NumberFormatting.significant(sync.collective.seconds * 1000) + " ms", sync.collective.seconds * 1000)
            put("interconnect.comm_to_compute", "Communication / compute", NumberFormatting.percent(sync.communicationToCompute), sync.communicationToCompute)
        }
    }
}

extension OpticsTechnology {
    /// Words for a reader.
    var label: String {
        switch self {
        case .pluggable: "DSP pluggables"
        case .lpo: "linear pluggables (LPO)"
        case .cpo: "co-packaged optics"
        }
    }
}
