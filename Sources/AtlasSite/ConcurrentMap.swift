internal import Foundation

extension Array where Element: Sendable {
    /// Maps on every core, keeping the input order (so output stays deterministic).
    func concurrentMap<T: Sendable>(_ transform: @escaping @Sendable (Element) -> T) async -> [T] {
        let workers = Swift.max(1, Swift.min(ProcessInfo.processInfo.activeProcessorCount, count))
        guard workers > 1 else { return map(transform) }
        let chunk = (count + workers - 1) / workers
        return await withTaskGroup(of: (Int, [T]).self) { group in
            for start in stride(from: 0, to: count, by: chunk) {
                let slice = Array(self[start..<Swift.min(start + chunk, count)])
                group.addTask { (start, slice.map(transform)) }
            }
            var parts: [(Int, [T])] = []
            for await part in group { parts.append(part) }
            return parts.sorted { $0.0 < $1.0 }.flatMap(\.1)
        }
    }
}
