public import AtlasContent
public import AtlasSite
internal import Foundation

/// Reads a project's content and templates from disk, refusing anything that could leak a file.
///
/// Symlinks are followed only when they stay inside `content/`; FIFOs, sockets and devices are
/// never opened (opening a FIFO would hang the build).
public struct ProjectReader: Sendable {
    /// Largest content file read, in bytes.
    public static let maximumFileSize = 8 * 1024 * 1024

    /// Creates a reader.
    public init() {}

    /// Loads `contentDirectory`, `templatesDirectory` and the map data in `dataDirectory` into a `SiteInput`.
    public func read(contentDirectory: String, templatesDirectory: String, dataDirectory: String? = "data") -> SiteInput {
        var diagnostics: [Diagnostic] = []
        let contentRoot = contentDirectory.hasSuffix("/") ? String(contentDirectory.dropLast()) : contentDirectory
        var files: [SourceFile] = []
        if let rootReal = realPath(contentRoot) {
            walk(directory: contentRoot, display: contentRoot, rootDisplay: contentRoot, rootReal: rootReal, depth: 0, files: &files, diagnostics: &diagnostics)
        } else {
            diagnostics.append(.error("content folder does not exist or cannot be read", path: contentRoot, line: 1))
        }

        var templates: [TemplateFile] = []
        var assets: [OutputFile] = []
        let templatesRoot = templatesDirectory.hasSuffix("/") ? String(templatesDirectory.dropLast()) : templatesDirectory
        if let templatesReal = realPath(templatesRoot) {
            var templateFiles: [SourceFile] = []
            walk(directory: templatesRoot, display: templatesRoot, rootDisplay: templatesRoot, rootReal: templatesReal, depth: 0, files: &templateFiles, diagnostics: &diagnostics)
            for file in templateFiles {
                let relative = String(file.path.dropFirst(templatesRoot.count + 1))
                if relative.hasPrefix("assets/") {
                    assets.append(OutputFile(path: relative, bytes: file.bytes))
                } else if relative.hasSuffix(".mustache") {
                    guard let text = String(validating: file.bytes, as: UTF8.self) else {
                        diagnostics.append(.error("template is not valid UTF-8", path: file.path, line: 1))
                        continue
                    }
                    templates.append(TemplateFile(name: String(relative.dropLast(".mustache".count)), path: file.path, text: text))
                }
            }
        } else {
            diagnostics.append(.error("templates folder does not exist or cannot be read", path: templatesRoot, line: 1))
        }
        var mapData: MapData?
        if let dataDirectory {
            let land = dataDirectory + "/naturalearth/ne_110m_land.geojson"
            let countries = dataDirectory + "/naturalearth/ne_110m_admin_0_countries.geojson"
            if let landText = FileManager.default.contents(atPath: land).flatMap({ String(data: $0, encoding: .utf8) }),
               let countriesText = FileManager.default.contents(atPath: countries).flatMap({ String(data: $0, encoding: .utf8) }) {
                mapData = MapData(land: landText, countries: countriesText)
            }
        }
        return SiteInput(contentRoot: contentRoot, contentFiles: files, templates: templates, assets: assets,
                         readDiagnostics: diagnostics, mapData: mapData)
    }

    private func walk(directory: String, display: String, rootDisplay: String, rootReal: String, depth: Int, files: inout [SourceFile], diagnostics: inout [Diagnostic]) {
        guard depth < 8 else {
            diagnostics.append(.error("folders nested too deeply", path: display, line: 1))
            return
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            diagnostics.append(.error("folder cannot be read", path: display, line: 1))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = directory + "/" + name
            let shown = display + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            var mode = info.st_mode & S_IFMT
            if mode == S_IFLNK {
                guard let target = realPath(path) else {
                    diagnostics.append(.error("symlink is dangling or loops; not read", path: shown, line: 1))
                    continue
                }
                guard target == rootReal || target.hasPrefix(rootReal + "/") else {
                    diagnostics.append(.error("symlink leads outside \(rootDisplay); not read", path: shown, line: 1))
                    continue
                }
                guard stat(target, &info) == 0 else { continue }
                mode = info.st_mode & S_IFMT
                if mode == S_IFDIR {
                    diagnostics.append(Diagnostic(path: shown, location: .init(line: 1, column: 1), severity: .warning,
                                                  message: "symlink to a folder is not followed"))
                    continue
                }
            }
            switch mode {
            case S_IFDIR:
                if name.hasSuffix(".md") {
                    diagnostics.append(Diagnostic(path: shown, location: .init(line: 1, column: 1), severity: .warning,
                                                  message: "is a folder, not a Markdown file; ignored"))
                }
                walk(directory: path, display: shown, rootDisplay: rootDisplay, rootReal: rootReal, depth: depth + 1, files: &files, diagnostics: &diagnostics)
            case S_IFREG:
                guard Int(info.st_size) <= Self.maximumFileSize else {
                    diagnostics.append(.error("file is larger than the \(Self.maximumFileSize / 1024 / 1024) MiB limit", path: shown, line: 1))
                    continue
                }
                guard let data = FileManager.default.contents(atPath: path) else {
                    diagnostics.append(.error("file cannot be read", path: shown, line: 1))
                    continue
                }
                files.append(SourceFile(path: shown, bytes: Array(data)))
            default:
                diagnostics.append(Diagnostic(path: shown, location: .init(line: 1, column: 1), severity: .warning,
                                              message: "is not a regular file (FIFO, socket or device); never read"))
            }
        }
    }

    private func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
