/// Thins polygon rings for drawing: Douglas–Peucker within a pixel tolerance, then drops repeats.
enum PathSimplifier {
    /// `ring` (closed implicitly) with points closer than `tolerance` to the simplified outline removed.
    static func simplify(_ ring: [ChartPoint], tolerance: Double) -> [ChartPoint] {
        guard ring.count > 4 else { return ring }
        var keep = [Bool](repeating: false, count: ring.count)
        // Anchor the ring at its first point and the point farthest from it, so a closed ring
        // is split into two open chains.
        let far = farthestIndex(from: ring[0], in: ring)
        keep[0] = true
        keep[far] = true
        keep[ring.count - 1] = true
        var stack: [(Int, Int)] = [(0, far), (far, ring.count - 1)]
        let squaredTolerance = tolerance * tolerance
        while let (first, last) = stack.popLast() {
            guard last > first + 1 else { continue }
            var worst = -1.0
            var worstIndex = first
            for index in (first + 1)..<last {
                let distance = squaredDistance(ring[index], toSegment: ring[first], ring[last])
                if distance > worst {
                    worst = distance
                    worstIndex = index
                }
            }
            if worst > squaredTolerance {
                keep[worstIndex] = true
                stack.append((first, worstIndex))
                stack.append((worstIndex, last))
            }
        }
        return ring.indices.filter { keep[$0] }.map { ring[$0] }
    }

    /// The area of a ring (shoelace formula), unsigned.
    static func area(_ ring: [ChartPoint]) -> Double {
        guard ring.count >= 3 else { return 0 }
        var sum = 0.0
        for index in ring.indices {
            let a = ring[index]
            let b = ring[(index + 1) % ring.count]
            sum += a.x * b.y - b.x * a.y
        }
        return abs(sum) / 2
    }

    private static func farthestIndex(from origin: ChartPoint, in ring: [ChartPoint]) -> Int {
        var best = 0
        var bestDistance = -1.0
        for (index, point) in ring.enumerated() {
            let dx = point.x - origin.x, dy = point.y - origin.y
            let distance = dx * dx + dy * dy
            if distance > bestDistance {
                bestDistance = distance
                best = index
            }
        }
        return best
    }

    private static func squaredDistance(_ point: ChartPoint, toSegment a: ChartPoint, _ b: ChartPoint) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y
        let lengthSquared = dx * dx + dy * dy
        guard lengthSquared > 0 else {
            let ex = point.x - a.x, ey = point.y - a.y
            return ex * ex + ey * ey
        }
        let t = min(max(((point.x - a.x) * dx + (point.y - a.y) * dy) / lengthSquared, 0), 1)
        let px = a.x + t * dx - point.x, py = a.y + t * dy - point.y
        return px * px + py * py
    }
}
