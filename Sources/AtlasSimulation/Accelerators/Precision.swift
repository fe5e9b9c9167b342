/// A numeric format an accelerator computes in, with the bit length export control counts.
public enum Precision: String, CaseIterable, Sendable, Hashable, Comparable {
    case fp64, fp32, tf32, fp16, bf16, fp8, fp6, fp4, int8

    /// "Bit length of the operation" for TPP (15 CFR 774, 3A090 technical note).
    ///
    /// TF32 counts its 32-bit container: its multiplier inputs are 19 bits, but NVIDIA runs TF32
    /// at half the BF16 rate, so 32 × TF32 ties 16 × BF16 and never sets the maximum on its own;
    /// counting 32 errs on the controlled side.
    public var bitLength: Int {
        switch self {
        case .fp64: 64
        case .fp32, .tf32: 32
        case .fp16, .bf16: 16
        case .fp8, .int8: 8
        case .fp6: 6
        case .fp4: 4
        }
    }

    /// Upper-case label, e.g. `BF16`.
    public var label: String { rawValue.uppercased() }

    /// Orders from widest to narrowest, as `allCases` lists them.
    public static func < (lhs: Precision, rhs: Precision) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
