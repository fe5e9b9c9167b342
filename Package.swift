// swift-tools-version: 6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Atlas",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "atlas", targets: ["atlas"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        // cmark-gfm and its extensions from Debian (libcmark-gfm-dev, libcmark-gfm-extensions-dev).
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "AtlasMarkdown", dependencies: ["CCmarkGFM"], swiftSettings: strict),
        // The simulation core: pure Swift, no file system, no site or content types.
        // libm is linked explicitly: the module imports no C overlay that would autolink it.
        .target(name: "AtlasSimulation", swiftSettings: strict, linkerSettings: [.linkedLibrary("m")]),
        // The chart renderer: chart specs and data in, SVG text out; no file system, no site types.
        .target(name: "AtlasCharts", swiftSettings: strict),
        .target(
            name: "AtlasContent",
            dependencies: [.product(name: "Yams", package: "Yams")],
            swiftSettings: strict
        ),
        .target(
            name: "AtlasSite",
            dependencies: [
                "AtlasContent", "AtlasMarkdown", "AtlasSimulation", "AtlasCharts",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: strict
        ),
        .target(name: "AtlasFiles", dependencies: ["AtlasSite", "AtlasContent"], swiftSettings: strict),
        // `atlas serve`: the preview server (our HTTP/1.1 layer on FlyingSocks), file watching and live reload.
        .target(
            name: "AtlasServe",
            dependencies: ["AtlasSite", "AtlasContent", "AtlasFiles", .product(name: "FlyingSocks", package: "FlyingFox")],
            swiftSettings: strict
        ),
        .target(
            name: "AtlasCommands",
            dependencies: [
                "AtlasSite", "AtlasContent", "AtlasFiles", "AtlasSimulation", "AtlasServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(name: "atlas", dependencies: ["AtlasCommands"], swiftSettings: strict),
        .testTarget(name: "AtlasMarkdownTests", dependencies: ["AtlasMarkdown"], resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(
            name: "AtlasHardeningTests",
            dependencies: ["AtlasSite", "AtlasContent", "AtlasMarkdown", "AtlasFiles", "AtlasServe", "AtlasCommands"],
            swiftSettings: strict
        ),
        .testTarget(name: "AtlasServeTests", dependencies: ["AtlasServe", "AtlasSite", "AtlasContent"], swiftSettings: strict),
        .testTarget(name: "AtlasChartsTests", dependencies: ["AtlasCharts"], resources: [.copy("Golden")], swiftSettings: strict),
        .testTarget(name: "AtlasSimulationTests", dependencies: ["AtlasSimulation"], swiftSettings: strict),
        // Writes a deterministic synthetic corpus for `make bench` (not part of `make test`).
        .executableTarget(name: "AtlasCorpusGenerator", path: "Benchmarks/AtlasCorpusGenerator", swiftSettings: strict),
        // Prints speed figures; run with `make bench-models` (not part of `make test`).
        .executableTarget(name: "AtlasModelBenchmarks", dependencies: ["AtlasSimulation"], path: "Benchmarks/AtlasModelBenchmarks", swiftSettings: strict),
        .testTarget(name: "AtlasContentTests", dependencies: ["AtlasContent"], swiftSettings: strict),
        .testTarget(
            name: "AtlasSiteTests",
            dependencies: ["AtlasSite", "AtlasCommands", "AtlasFiles", "AtlasContent", "AtlasServe", "AtlasSimulation"],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
    ]
)
