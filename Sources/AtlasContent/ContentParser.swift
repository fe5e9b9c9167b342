internal import Yams

/// Turns one content file into a validated `Entry`, or the diagnostics that explain why not.
public enum ContentParser {
    /// Deepest YAML nesting accepted in front matter.
    public static let maximumNesting = 16
    /// Longest accepted title, in characters.
    public static let maximumTitleLength = 300

    /// Parses `file`, which lives at `content/<kind>/<fileSlug>.md`.
    public static func parse(_ file: SourceFile, kind: ContentKind, fileSlug: String) -> (entry: Entry?, diagnostics: [Diagnostic]) {
        let document: SplitDocument
        switch DocumentSplitter.split(file) {
        case .success(let split): document = split
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        let session = DecodingSession(path: file.path, frontMatterLine: document.frontMatterLine)

        let root: Node
        // Yams' nodes hold their anchors weakly; the parser owns them, so it must outlive the check below.
        // Typing is ScalarRules' job, so Yams resolves no tags (its resolver runs regexes per scalar);
        // an explicit encoding spares it reading the environment on every parse.
        let parser: Yams.Parser
        do {
            parser = try Yams.Parser(yaml: document.frontMatter, resolver: .basic, encoding: .utf8)
            guard let composed = try parser.singleRoot() else {
                return (nil, [.error("front matter is empty; at least `title` is required", path: file.path, line: 1)])
            }
            root = composed
        } catch let error as YamlError {
            return (nil, [diagnostic(for: error, in: document, path: file.path)])
        } catch {
            return (nil, [.error("front matter could not be read: \(error)", path: file.path, line: 1)])
        }
        guard root.mapping != nil else {
            session.report("front matter must be a mapping of `key: value` lines", at: root)
            return (nil, session.diagnostics)
        }
        if let problem = withExtendedLifetime(parser, { structuralProblem(in: root, depth: 0) }) {
            session.report(problem.message, at: problem.node)
            return (nil, session.diagnostics)
        }

        let decoder = NodeDecoder(node: root, session: session, codingPath: [])
        let common = try? CommonFields(from: decoder)
        let details: EntryDetails?
        let kindKeys: Set<String>
        switch kind {
        case .facilities: details = (try? Facility(from: decoder)).map(EntryDetails.facility); kindKeys = keys(Facility.CodingKeys.self)
        case .chips: details = (try? Chip(from: decoder)).map(EntryDetails.chip); kindKeys = keys(Chip.CodingKeys.self)
        case .consortia: details = (try? Consortium(from: decoder)).map(EntryDetails.consortium); kindKeys = keys(Consortium.CodingKeys.self)
        case .investments: details = (try? Investment(from: decoder)).map(EntryDetails.investment); kindKeys = keys(Investment.CodingKeys.self)
        case .organizations: details = (try? Organization(from: decoder)).map(EntryDetails.organization); kindKeys = keys(Organization.CodingKeys.self)
        case .regions: details = (try? Region(from: decoder)).map(EntryDetails.region); kindKeys = keys(Region.CodingKeys.self)
        case .policies: details = (try? Policy(from: decoder)).map(EntryDetails.policy); kindKeys = keys(Policy.CodingKeys.self)
        case .scenarios: details = (try? Scenario(from: decoder)).map(EntryDetails.scenario); kindKeys = keys(Scenario.CodingKeys.self)
        case .pages: details = .page; kindKeys = []
        }
        let known = CommonFields.keys.union(kindKeys)
        for (key, _) in root.mapping! {
            guard let name = key.scalar?.string, !known.contains(name) else { continue }
            session.report("unknown key `\(name)` for \(kind.rawValue)\(Spelling.hint(for: name, among: known))", at: key)
        }

        let isDraft = root.mapping!.contains { $0.key.scalar?.string == "draft" && $0.value.scalar?.string == "true" }
        guard let common, let details else { return (nil, relaxed(session.diagnostics, isDraft: isDraft)) }
        var checker = RangeChecker(path: file.path, locations: session.locations)
        checkCommon(common, kind: kind, fileSlug: fileSlug, checker: &checker)
        switch details {
        case .facility(let value): value.check(&checker)
        case .chip(let value): value.check(&checker)
        case .investment(let value): value.check(&checker)
        case .region(let value): value.check(&checker)
        case .scenario(let value): value.check(&checker)
        case .consortium, .organization, .policy, .page: break
        }
        let diagnostics = relaxed(session.diagnostics + checker.diagnostics, isDraft: isDraft)
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        let slug = common.slug?.value ?? fileSlug
        let entry = Entry(
            id: EntryID(kind: kind, slug: slug), path: file.path, common: common, details: details,
            body: document.body, bodyLine: document.bodyLine, locations: session.locations
        )
        return (entry, diagnostics)
    }

    /// A draft may be incomplete: its missing required values are warnings, not errors.
    private static func relaxed(_ diagnostics: [Diagnostic], isDraft: Bool) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            guard isDraft, diagnostic.isIncomplete else { return diagnostic }
            var warning = diagnostic
            warning.severity = .warning
            warning.message += " (allowed while `draft: true`)"
            return warning
        }.sorted()
    }

    private static func keys<K: CodingKey & CaseIterable>(_ type: K.Type) -> Set<String> {
        Set(type.allCases.map(\.stringValue))
    }

    private static func checkCommon(_ common: CommonFields, kind: ContentKind, fileSlug: String, checker: inout RangeChecker) {
        let title = common.title.trimmingCharacters(in: .whitespaces)
        checker.check(!title.isEmpty, "title", "must not be empty")
        checker.check(common.title.count <= maximumTitleLength, "title", "is longer than \(maximumTitleLength) characters")
        // One character can carry any number of combining marks; bound the scalars too.
        checker.check(common.title.count > maximumTitleLength || common.title.unicodeScalars.count <= 4 * maximumTitleLength, "title",
                      "has more than \(4 * maximumTitleLength) Unicode scalars (combining marks count); shorten it")
        if let problem = InvisibleCharacters.problemInTitle(common.title), InvisibleCharacters.problemInText(common.title) == nil {
            checker.check(false, "title", problem)
        }
        if common.slug == nil, let problem = Slug.validate(fileSlug) {
            checker.check(false, "title", "the file name `\(fileSlug)` is not a valid slug: it \(problem); rename the file or set `slug:`")
        }
        if kind == .pages {
            // Free pages live at the site root, beside the site's own sections.
            let slug = common.slug?.value ?? fileSlug
            let field = common.slug == nil ? "title" : "slug"
            checker.check(!ReservedNames.all.contains(slug), field,
                          "`\(slug)` is reserved for the site's own pages; rename the file or set another `slug:`")
        }
        if kind.requiresSources {
            checker.check(!(common.sources ?? []).isEmpty, "sources", "\(kind.rawValue) need at least one source", incomplete: true)
        }
    }

    private static let anchorsAndAliases = "YAML aliases (`*name`) and anchors (`&name`) are not allowed in front matter"

    /// Anchors, aliases and deep nesting are refused before anything walks the tree (alias bombs).
    ///
    /// libyaml reports each node's anchor (`&name`), and Yams resolves an alias to a copy of its
    /// anchored node, anchor and mark included, so a node with an anchor is either; the first one
    /// in document order is the anchor's own, reported at its `&`. A node whose kind and position
    /// were already seen is an alias too, should an anchor ever be missing. Reading anchors from
    /// the parser, not the text, leaves `R&D` and `"a &b"` alone.
    ///
    /// Call it while the parser that composed `node` is alive: nodes reference anchors weakly.
    private static func structuralProblem(in node: Node, depth: Int) -> (message: String, node: Node)? {
        var seen: Set<[Int]> = []
        return structuralProblem(in: node, depth: depth, seen: &seen)
    }

    private static func structuralProblem(in node: Node, depth: Int, seen: inout Set<[Int]>) -> (message: String, node: Node)? {
        if depth > maximumNesting {
            return ("front matter is nested more than \(maximumNesting) levels deep", node)
        }
        let shape = node.mapping != nil ? 0 : node.sequence != nil ? 1 : 2
        if node.anchor != nil {
            return (anchorsAndAliases, node)
        }
        if let mark = node.mark, !seen.insert([shape, mark.line, mark.column]).inserted {
            return (anchorsAndAliases, node)
        }
        if let mapping = node.mapping {
            for (key, value) in mapping {
                if let problem = structuralProblem(in: key, depth: depth + 1, seen: &seen)
                    ?? structuralProblem(in: value, depth: depth + 1, seen: &seen) {
                    return problem
                }
            }
        } else if let sequence = node.sequence {
            for child in sequence {
                if let problem = structuralProblem(in: child, depth: depth + 1, seen: &seen) { return problem }
            }
        }
        return nil
    }

    /// Maps a libyaml error to the file's line.
    private static func diagnostic(for error: YamlError, in document: SplitDocument, path: String) -> Diagnostic {
        let offset = document.frontMatterLine - 1
        func at(_ mark: Mark, _ message: String) -> Diagnostic {
            at(line: mark.line, column: mark.column, message)
        }
        func at(line: Int, column: Int, _ message: String) -> Diagnostic {
            .error(message, path: path, line: line + offset, column: column)
        }
        switch error {
        case let .scanner(_, problem, mark, _) where problem.contains("nesting level"),
             let .parser(_, problem, mark, _) where problem.contains("nesting level"):
            // libyaml stops at 1,000 levels on its own; name the documented limit instead.
            return at(mark, "front matter is nested more than \(maximumNesting) levels deep")
        case let .scanner(context, problem, mark, _):
            let lines = document.frontMatter.split(separator: "\n", omittingEmptySubsequences: false)
            let line = mark.line - 1 < lines.count && mark.line >= 1 ? lines[mark.line - 1] : ""
            if line.contains("\t") || problem.contains("tab") {
                return at(mark, "tab character in front matter; YAML indentation must use spaces")
            }
            return at(mark, "malformed YAML: \(problem)\(context.map { " \($0.text)" } ?? "")")
        case let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            return at(mark, "malformed YAML: \(problem)\(context.map { " \($0.text)" } ?? "")")
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? ""
            let later = laterLine(ofKey: key, after: context.mark.line, in: document.frontMatter)
            return at(line: later ?? context.mark.line, column: context.mark.column, "duplicate key `\(key)` (first on line \(context.mark.line + offset))")
        case let .reader(problem, _, _, _):
            return .error("front matter could not be read: \(problem)", path: path, line: document.frontMatterLine)
        default:
            return .error("malformed YAML: \(error)", path: path, line: document.frontMatterLine)
        }
    }

    /// The line of the second occurrence of `key:` at the same indentation, if it can be found.
    private static func laterLine(ofKey key: String, after line: Int, in yaml: String) -> Int? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        guard line - 1 < lines.count, line >= 1 else { return nil }
        let indent = lines[line - 1].prefix { $0 == " " || $0 == "-" }.count
        for index in line..<lines.count {
            let text = lines[index]
            let lead = text.prefix { $0 == " " || $0 == "-" }.count
            if lead == indent, text.dropFirst(lead).hasPrefix("\(key):") { return index + 1 }
        }
        return nil
    }
}

/// Names the site uses for its own pages, which a free page's slug must not take.
public enum ReservedNames {
    /// Every reserved top-level name.
    public static let all: Set<String> = Set(ContentKind.allCases.map(\.rawValue)).union([
        "tags", "status", "siting", "assets", "data", "search", "feeds", "index", "404", "sitemap", "robots",
    ])
}
