import Synchronization

/// Identifies a path computation: the transform, the simplification settings and the geometry.
struct PathCacheKey: Hashable {
    let scale: Double, offsetX: Double, offsetY: Double, tolerance: Double, minimumArea: Double
    let rings: Int, points: Int, first: ChartPoint?, sumX: Double, sumY: Double

    init(transform: MapTransform, tolerance: Double, minimumArea: Double, polygons: [[[ChartPoint]]]) {
        let probe = transform.apply(ChartPoint(x: 0, y: 0))
        scale = transform.scale
        offsetX = probe.x
        offsetY = probe.y
        self.tolerance = tolerance
        self.minimumArea = minimumArea
        var rings = 0, points = 0
        var sumX = 0.0, sumY = 0.0
        for polygon in polygons {
            for ring in polygon {
                rings += 1
                points += ring.count
                for point in ring { sumX += point.x; sumY += point.y }
            }
        }
        self.rings = rings
        self.points = points
        first = polygons.first?.first?.first
        self.sumX = sumX
        self.sumY = sumY
    }
}

/// Writes projected polygons as compact SVG path data: simplified for the drawn size, coordinates
/// on a 0.1 px grid, relative moves, no repeated points.
struct MapPathWriter {
    /// Where unit Equal Earth coordinates land on the page.
    let transform: MapTransform
    /// Douglas–Peucker tolerance in pixels.
    var tolerance = 0.3
    /// Rings smaller than this many square pixels are left out (specks that would not show).
    var minimumArea = 0.6

    /// Path data for polygons (lists of rings); empty when nothing is large enough to draw.
    ///
    /// Memoised: a site draws the same land at the same size on many pages, and simplifying it is
    /// most of a map's cost. The key fingerprints the geometry and the transform exactly.
    func pathData(_ polygons: [[[ChartPoint]]]) -> String {
        let key = PathCacheKey(transform: transform, tolerance: tolerance, minimumArea: minimumArea, polygons: polygons)
        if let cached = Self.cache.withLock({ $0[key] }) { return cached }
        let data = uncachedPathData(polygons)
        Self.cache.withLock { cache in
            if cache.count > 4096 { cache.removeAll() }
            cache[key] = data
        }
        return data
    }

    private static let cache = Mutex<[PathCacheKey: String]>([:])

    private func uncachedPathData(_ polygons: [[[ChartPoint]]]) -> String {
        var data = ""
        for polygon in polygons {
            for ring in polygon {
                data += ringData(ring)
            }
        }
        return data
    }

    private func ringData(_ ring: [ChartPoint]) -> String {
        var points = ring.map(transform.apply)
        if points.count > 1, points.first == points.last { points.removeLast() }
        guard points.count >= 3, PathSimplifier.area(points) >= minimumArea else { return "" }
        let simplified = PathSimplifier.simplify(points + [points[0]], tolerance: tolerance)
        // Whole tenths of a pixel, so relative steps add up exactly.
        var grid: [(Int, Int)] = []
        for point in simplified {
            let cell = (Int((point.x * 10).rounded()), Int((point.y * 10).rounded()))
            if let last = grid.last, last == cell { continue }
            grid.append(cell)
        }
        if grid.count > 1, let first = grid.first, let last = grid.last, first == last { grid.removeLast() }
        guard grid.count >= 3 else { return "" }
        var data = "M" + Self.tenths(grid[0].0) + Self.separated(Self.tenths(grid[0].1))
        data += "l"
        var previous = grid[0]
        var first = true
        for cell in grid.dropFirst() {
            let dx = Self.tenths(cell.0 - previous.0), dy = Self.tenths(cell.1 - previous.1)
            data += (first ? dx : Self.separated(dx)) + Self.separated(dy)
            first = false
            previous = cell
        }
        return data + "z"
    }

    /// A number of tenths as the shortest decimal text: 15 → "1.5", 5 → ".5", -5 → "-.5", 20 → "2".
    static func tenths(_ value: Int) -> String {
        let magnitude = abs(value)
        let sign = value < 0 ? "-" : ""
        if magnitude % 10 == 0 { return sign + String(magnitude / 10) }
        let whole = magnitude / 10
        return sign + (whole == 0 ? "" : String(whole)) + "." + String(magnitude % 10)
    }

    /// A space before a number unless its own sign separates it.
    private static func separated(_ number: String) -> String {
        number.hasPrefix("-") ? number : " " + number
    }
}
