/// SplitMix64: a small, fast, seedable generator whose output is the same on every platform.
struct SplitMix64 {
    private var state: UInt64

    /// A generator for `seed`, mixed with `stream` so every entity gets its own independent sequence.
    /// Streams are hashed, not added: added streams would be the same sequence shifted by a few steps.
    init(seed: UInt64, stream: UInt64 = 0) {
        state = Self.finalize(seed ^ Self.finalize(stream &+ 0x632B_E59B_D9B4_E019))
    }

    /// SplitMix64's output function, a bijective 64-bit mixer.
    static func finalize(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.finalize(state)
    }

    /// A uniform integer in `range` (modulo bias is negligible for the small ranges used here).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }

    /// A uniform integer in `0..<count`.
    mutating func below(_ count: Int) -> Int { Int(next() % UInt64(count)) }

    /// A uniform double in `range`.
    mutating func double(_ range: ClosedRange<Double>) -> Double {
        range.lowerBound + Double(next() >> 11) / Double(1 << 53) * (range.upperBound - range.lowerBound)
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) / Double(1 << 53) < p }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// `count` distinct indices of `0..<total` (fewer when `total` is smaller), in drawing order.
    mutating func distinct(_ count: Int, of total: Int) -> [Int] {
        var chosen: [Int] = []
        let wanted = min(count, total)
        while chosen.count < wanted {
            let i = below(total)
            if !chosen.contains(i) { chosen.append(i) }
        }
        return chosen
    }
}

/// A stable 64-bit hash of a few integers (for naming without a generator).
func mix(_ values: UInt64...) -> UInt64 {
    values.reduce(0x5EED) { SplitMix64.finalize($0 ^ SplitMix64.finalize($1 &+ 0x9E37_79B9_7F4A_7C15)) }
}
