/// Moves stacked labels apart vertically so none overlap, keeping each as near its wish as it can.
enum LabelSpreader {
    /// Positions for labels that want `desired` (any order), at least `spacing` apart, within `top...bottom`.
    /// The result is in the same order as `desired`.
    static func spread(_ desired: [Double], spacing: Double, top: Double, bottom: Double) -> [Double] {
        guard !desired.isEmpty else { return [] }
        let order = desired.indices.sorted { desired[$0] != desired[$1] ? desired[$0] < desired[$1] : $0 < $1 }
        var placed = order.map { min(max(desired[$0], top), bottom) }
        for index in placed.indices.dropFirst() {
            placed[index] = max(placed[index], placed[index - 1] + spacing)
        }
        // Pushed past the bottom: slide the tail back up, never above the top.
        if let last = placed.last, last > bottom {
            placed[placed.count - 1] = bottom
            for index in placed.indices.dropLast().reversed() {
                placed[index] = min(placed[index], placed[index + 1] - spacing)
            }
            for index in placed.indices where placed[index] < top {
                placed[index] = top + spacing * Double(index)
            }
        }
        var result = [Double](repeating: 0, count: desired.count)
        for (rank, index) in order.enumerated() { result[index] = placed[rank] }
        return result
    }
}
