internal import Foundation

/// The starting file `atlas new` writes: every field of the kind, present or commented, as a draft.
public enum ContentScaffold {
    /// A slug from a title: ASCII letters and digits, `-` between words ("Stargate Abilene" → `stargate-abilene`).
    public static func slug(for title: String) -> String {
        let folded = title.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var slug = ""
        for scalar in folded.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return String(slug.prefix(80)).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    }

    /// The file's text; `today` fills the dates an analyst will correct.
    public static func text(kind: ContentKind, title: String, today: PartialDate) -> String {
        let quotedTitle = "\"" + title.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
        var lines = [
            "---",
            "title: \(quotedTitle)",
            "draft: true                      # remove when the entry is complete and sourced",
            "# summary: \"\"                    # one sentence for lists and previews",
            "# tags: [example-tag]",
            "# slug: \(slug(for: title))        # defaults to the file name",
        ]
        lines += fields(for: kind, today: today)
        if kind != .pages {
            lines += [
                "sources: []\(kind.requiresSources ? "                      # at least one is required" : "")",
                "  # - title: \"\"",
                "  #   url: https://",
                "  #   publisher: \"\"",
                "  #   date: \(today)",
                "as_of: \(today)",
                "confidence: medium               # high | medium | low (low shows a caveat)",
            ]
        }
        lines += ["---", "Write what this \(kind.singular.lowercased()) is, why it matters to the buildout, and what is uncertain. Link related entries as `[Name](/organizations/slug/)`.", ""]
        return lines.joined(separator: "\n")
    }

    private static func fields(for kind: ContentKind, today: PartialDate) -> [String] {
        switch kind {
        case .facilities:
            return [
                "# operator: organization-slug",
                "# owners: [organization-slug]",
                "# country: region-slug",
                "# city: \"\"",
                "# lat: 0.0",
                "# lon: 0.0",
                "# location_precision: town       # site | town | county | country",
                "# status: planned                # operational | partial | construction | planned | retired",
                "# first_power_year: \(today.year)",
                "# power_mw: 100",
                "# power_basis: facility          # grid | facility | it",
                "# it_mw: 80",
                "# pue: 1.2",
                "# cooling: \"\"",
                "# energy_sources: [grid]         # grid gas nuclear coal wind offshore-wind solar hydro geothermal battery",
                "# siting: land                   # land | floating | barge | subsea",
                "# fleet:",
                "#   - chip: chip-slug",
                "#     count: 1000",
                "# wind: {capacity_mw: 200, mean_speed_ms: 9.5, weibull_k: 2, turbine: iea-15mw}",
                "# storage: {energy_mwh: 400, power_mw: 100, round_trip_efficiency: 0.85}",
            ]
        case .chips:
            return [
                "# vendor: organization-slug",
                "# year: \(today.year)",
                "# process: \"\"",
                "# tdp_w: 700",
                "# die_area_mm2: 800",
                "# datacenter: true",
                "# fp64_tflops: 0", "# fp32_tflops: 0", "# tf32_tflops: 0", "# fp16_tflops: 0", "# bf16_tflops: 0",
                "# fp8_tflops: 0", "# fp6_tflops: 0", "# fp4_tflops: 0", "# int8_tops: 0",
                "# memory_gb: 80",
                "# memory_tbs: 3.35",
                "# scaleup_gbs: 900",
                "# scaleup_fabric: \"\"",
                "# scaleup_domain: 8",
                "# all_in_kw: 1.4",
            ]
        case .consortia:
            return [
                "# founded: \(today)",
                "# founders: [organization-slug]",
                "# members: [organization-slug]",
                "# focus: \"\"",
                "# specs:",
                "#   - name: \"\"",
                "#     date: \(today)",
            ]
        case .investments:
            return [
                "date: \(today)                   # required",
                "investors: []                    # required: [organization-slug]",
                "target: ~                        # required: organization-slug",
                "# kind: equity-round             # equity-round strategic-equity supply-agreement offtake project-finance acquisition ipo",
                "# amount_usd: 0",
                "# valuation_usd: 0",
                "# gpus: 0",
                "# gw: 0",
                "# chips: [chip-slug]",
                "# facilities: [facility-slug]",
            ]
        case .organizations:
            return [
                "# kind: other                    # chipmaker hyperscaler neocloud ai-lab investor operator utility government consortium-body other",
                "# country: region-slug",
                "# website: https://",
            ]
        case .regions:
            return [
                "iso_a3: ~                        # required: ISO 3166-1 alpha-3, e.g. NOR",
                "# grid_intensity_gco2_kwh: 0",
                "# grid_intensity_year: \(today.year)",
            ]
        case .policies:
            return [
                "# jurisdiction: \"\"",
                "# date: \(today)",
                "# kind: \"\"",
                "# status: \"\"",
                "# rule: us-3a090-2023            # us-3a090-2022 | us-3a090-2023 | us-2026-case-by-case",
            ]
        case .scenarios:
            return [
                "model: wind-coverage             # wind-coverage | optics-power | cross-site-training",
                "load_mw: 100                     # wind-coverage: the campus's flat load",
                "mean_speed_ms: 9.5",
                "# weibull_k: 2",
                "# turbine: iea-15mw",
                "overbuild: [1, 2, 3]             # wind MW per MW of load",
                "# battery_hours: [0, 4, 8]",
                "# years: 5",
                "# accelerators: [10000, 100000]  # optics-power",
                "# nic_gbps: 400",
                "# distance_km: [0, 100, 1000]    # cross-site-training",
                "# wan_gbps: [400, 800]",
                "# gpus: 4096",
                "# gpus_per_node: 8",
                "# gradient_gb: 8",
            ]
        case .pages:
            return []
        }
    }
}
