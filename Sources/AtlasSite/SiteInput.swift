public import AtlasContent

/// A template file: its name (file name without `.mustache`), path for diagnostics, and text.
public struct TemplateFile: Sendable, Hashable {
    /// Name partials and pages refer to, e.g. `layout` or `partials/facts`.
    public var name: String
    /// Path shown in diagnostics, e.g. `templates/layout.mustache`.
    public var path: String
    /// The Mustache source.
    public var text: String

    /// Creates a template file.
    public init(name: String, path: String, text: String) {
        self.name = name
        self.path = path
        self.text = text
    }
}

/// A file the build writes, relative to the output folder.
public struct OutputFile: Sendable, Hashable {
    /// Relative path with `/` separators, e.g. `facilities/x/index.html`.
    public var path: String
    /// The file's bytes.
    public var bytes: [UInt8]

    /// Creates an output file from bytes.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// Creates an output file from text.
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}

/// Everything a build reads, already loaded into memory.
public struct SiteInput: Sendable {
    /// The content folder as paths show it, e.g. `content`.
    public var contentRoot: String
    /// Content files, with paths like `content/<kind>/<name>.md`.
    public var contentFiles: [SourceFile]
    /// Mustache templates.
    public var templates: [TemplateFile]
    /// Static files copied as they are (stylesheet, icons), with output-relative paths.
    public var assets: [OutputFile]
    /// Problems found while reading (special files, symlinks leaving `content/`).
    public var readDiagnostics: [Diagnostic]
    /// Natural Earth land and country GeoJSON for the world maps; no maps without it.
    public var mapData: MapData?

    /// Creates an input.
    public init(contentRoot: String = "content", contentFiles: [SourceFile], templates: [TemplateFile], assets: [OutputFile] = [],
                readDiagnostics: [Diagnostic] = [], mapData: MapData? = nil) {
        self.mapData = mapData
        self.contentRoot = contentRoot
        self.contentFiles = contentFiles
        self.templates = templates
        self.assets = assets
        self.readDiagnostics = readDiagnostics
    }
}

/// The world map's geometry as GeoJSON text.
public struct MapData: Sendable, Hashable {
    /// Land polygons.
    public var land: String
    /// Country polygons with `iso_a3` properties.
    public var countries: String

    /// Creates map data.
    public init(land: String, countries: String) {
        self.land = land
        self.countries = countries
    }
}

/// Settings for one build.
public struct BuildOptions: Sendable, Hashable {
    /// The site's public root, e.g. `https://user.github.io/atlas/`.
    public var baseURL: SiteURL
    /// Whether entities with `draft: true` are built.
    public var includeDrafts: Bool
    /// When set, advice that depends on the date (stale sources) is added as warnings; never affects output.
    public var adviseAsOf: PartialDate?

    /// Creates options.
    public init(baseURL: SiteURL = .default, includeDrafts: Bool = false, adviseAsOf: PartialDate? = nil) {
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.adviseAsOf = adviseAsOf
    }
}

/// What a build produced: files to write, or the diagnostics explaining why not.
public struct BuildResult: Sendable {
    /// Output files sorted by path; empty when the build failed or streamed its files to a sink.
    public var files: [OutputFile]
    /// How many files the build made (handed to the sink, or in `files`).
    public var fileCount = 0
    /// Every error and warning, sorted.
    public var diagnostics: [Diagnostic]
    /// Pages taken unchanged from the previous build (incremental builds only).
    public var reusedPages = 0
    /// Wall time of each pipeline step, in order (for `--timings`; never written to the site).
    public var timings: [(step: String, duration: Duration)] = []

    /// Creates a result.
    public init(files: [OutputFile], diagnostics: [Diagnostic]) {
        self.files = files
        self.diagnostics = diagnostics
    }

    /// True when no diagnostic is an error.
    public var succeeded: Bool { !diagnostics.contains { $0.severity == .error } }
}

/// Takes a build's files as they are made, so a large site never sits in memory whole.
///
/// The build hands files over only after every check passed; it may call from several tasks
/// at once. The build does no I/O itself: the sink is the shell's (a staging folder, a test's list).
public protocol OutputSink: Sendable {
    /// Takes some of the site's files (each path is handed over once).
    func accept(_ files: [OutputFile])
}
