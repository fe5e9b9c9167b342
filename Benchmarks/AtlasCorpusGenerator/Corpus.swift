/// A kind of entity, as Atlas names its content folders.
enum Kind: String, CaseIterable, Sendable {
    case facilities, organizations, investments, chips, consortia, policies, regions, pages

    /// The kind's name for one entity.
    var singular: String {
        switch self {
        case .facilities: "facility"
        case .policies: "policy"
        case .consortia: "consortium"
        default: String(rawValue.dropLast())
        }
    }

    /// A small number, to give every entity its own random stream.
    var stream: UInt64 { UInt64(Kind.allCases.firstIndex(of: self)!) << 40 }
}

/// How many entities of each kind a corpus of `pages` entities has, and every entity's name.
struct CorpusPlan: Sendable {
    let seed: UInt64
    let counts: [Kind: Int]
    /// Kinds a body may link to, with cumulative counts for a uniform pick over entities.
    let linkable: [(kind: Kind, end: Int)]

    /// Regions and free pages first (regions at most 60), then the rest in proportion
    /// facilities 25 : organizations 25 : investments 20 : chips 5 : policies 3 : consortia 2.
    init(pages total: Int, seed: UInt64) {
        self.seed = seed
        var counts: [Kind: Int] = [:]
        counts[.regions] = min(Vocabulary.regions.count, max(4, total / 40))
        counts[.pages] = min(4, max(1, total / 250))
        let rest = total - counts[.regions]! - counts[.pages]!
        let weights: [(Kind, Int)] = [(.facilities, 25), (.organizations, 25), (.investments, 20), (.chips, 5), (.policies, 3), (.consortia, 2)]
        let weightSum = weights.reduce(0) { $0 + $1.1 }
        var assigned = 0
        for (kind, weight) in weights {
            let n = max(1, rest * weight / weightSum)
            counts[kind] = n
            assigned += n
        }
        counts[.organizations]! += max(0, rest - assigned)   // rounding remainder
        self.counts = counts
        var end = 0
        var linkable: [(Kind, Int)] = []
        for kind in Kind.allCases where kind != .pages {
            end += counts[kind]!
            linkable.append((kind, end))
        }
        self.linkable = linkable
    }

    /// The number of entities of `kind`.
    func count(_ kind: Kind) -> Int { counts[kind]! }

    /// The title of entity `index` of `kind`; unique within the kind (the index is part of it).
    func title(_ kind: Kind, _ index: Int) -> String {
        let h = mix(seed, kind.stream, UInt64(index))
        let prefix = Vocabulary.namePrefixes[Int(h % UInt64(Vocabulary.namePrefixes.count))]
        let n = index + 1
        switch kind {
        case .regions: return Vocabulary.regions[index].title
        case .organizations:
            return "\(prefix) \(Vocabulary.organizationNouns[Int((h >> 8) % UInt64(Vocabulary.organizationNouns.count))]) \(n)"
        case .facilities:
            let city = Vocabulary.cities[Int((h >> 16) % UInt64(Vocabulary.cities.count))]
            return "\(prefix) \(city) \(Vocabulary.facilityNouns[Int((h >> 8) % UInt64(Vocabulary.facilityNouns.count))]) \(n)"
        case .chips: return "\(Vocabulary.chipStems[Int((h >> 8) % UInt64(Vocabulary.chipStems.count))]) X\(n)"
        case .investments: return "\(title(.organizations, investmentTarget(index))) round \(n)"
        case .consortia:
            let focus = ["Interconnect", "Optics", "Memory", "Power", "Cooling", "Rack"][Int((h >> 8) % 6)]
            return "\(prefix) \(focus) Alliance \(n)"
        case .policies: return "\(title(.regions, index % count(.regions))) compute rule \(n)"
        case .pages: return ["About the synthetic corpus", "Methodology notes", "Editorial guide", "Glossary of terms"][index]
        }
    }

    /// The slug of entity `index` of `kind`: its title, lowercased and hyphenated.
    func slug(_ kind: Kind, _ index: Int) -> String {
        if kind == .regions { return Vocabulary.regions[index].slug }
        var out = ""
        var lastHyphen = true
        for scalar in title(kind, index).lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
                lastHyphen = false
            } else if !lastHyphen {
                out += "-"
                lastHyphen = true
            }
        }
        return lastHyphen && out.hasSuffix("-") ? String(out.dropLast()) : out
    }

    /// The organization an investment goes to (a pure function of the index, so titles can name it).
    func investmentTarget(_ index: Int) -> Int {
        Int(mix(seed, 0xDEA1, UInt64(index)) % UInt64(count(.organizations)))
    }

    /// An organization of role `role` (0–9, see `organizationKinds`), or any one when there is none.
    func organization(role: Int, _ random: inout SplitMix64) -> Int {
        let total = count(.organizations)
        guard total > role else { return random.below(total) }
        let slots = (total - role + 9) / 10
        return random.below(slots) * 10 + role
    }

    /// Organization kinds by `index % 10`.
    static let organizationKinds = ["chipmaker", "hyperscaler", "neocloud", "ai-lab", "investor", "investor", "operator", "utility", "government", "other"]

    /// A uniformly chosen entity a body may link to.
    func linkTarget(_ random: inout SplitMix64) -> (kind: Kind, index: Int) {
        let pick = random.below(linkable.last!.end)
        var start = 0
        for (kind, end) in linkable {
            if pick < end { return (kind, pick - start) }
            start = end
        }
        fatalError("unreachable")
    }
}
