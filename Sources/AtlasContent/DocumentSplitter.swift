/// A content file split into its YAML front matter and its Markdown body.
public struct SplitDocument: Sendable, Hashable {
    /// The YAML between the `---` lines.
    public var frontMatter: String
    /// File line of the front matter's first line.
    public var frontMatterLine: Int
    /// The Markdown after the closing `---`.
    public var body: String
    /// File line of the body's first line.
    public var bodyLine: Int
}

/// Decodes a file's bytes and splits off the front matter.
public enum DocumentSplitter {
    /// Accepts UTF-8 with or without a BOM and LF or CRLF line endings.
    public static func split(_ file: SourceFile) -> Result<SplitDocument, Diagnostic> {
        var bytes = file.bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let decoded = String(validating: bytes, as: UTF8.self) else {
            let offset = firstInvalidUTF8Offset(bytes)
            let line = bytes.prefix(offset).reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            return .failure(.error("file is not valid UTF-8 (first bad byte at offset \(offset))", path: file.path, line: line))
        }
        if decoded.utf8.contains(0) {
            return .failure(.error("file contains a NUL character", path: file.path, line: 1))
        }
        // CRLF is rare; only then pay for a rewrite.
        let text = decoded.utf8.contains(0x0D) ? decoded.replacing("\r\n", with: "\n") : decoded
        // Only the front matter is split into lines; the body is taken whole.
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var lineNumber = 0
        var fenceEnd: String.Index?
        var bodyStart: String.Index?
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: 0x0A) ?? utf8.endIndex
            let line = text[lineStart..<lineEnd]
            lineNumber += 1
            if lineNumber == 1 {
                guard isFence(line) else {
                    return .failure(.error("missing front matter: the file must start with a `---` line", path: file.path, line: 1))
                }
            } else if isFence(line) || isEnd(line) {
                fenceEnd = lineStart
                bodyStart = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : utf8.endIndex
                break
            }
            lineStart = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : utf8.endIndex
        }
        if lineNumber == 0 {
            return .failure(.error("missing front matter: the file must start with a `---` line", path: file.path, line: 1))
        }
        guard let fenceEnd, let bodyStart else {
            return .failure(.error("front matter opened here is never closed with a `---` line", path: file.path, line: 1))
        }
        let firstLineEnd = utf8.firstIndex(of: 0x0A).map { utf8.index(after: $0) } ?? utf8.endIndex
        var frontMatter = String(text[firstLineEnd..<fenceEnd])
        if frontMatter.hasSuffix("\n") { frontMatter.removeLast() }
        let body = String(text[bodyStart...])
        return .success(SplitDocument(frontMatter: frontMatter, frontMatterLine: 2, body: body, bodyLine: lineNumber + 1))
    }

    private static func isFence(_ line: Substring) -> Bool {
        line.hasPrefix("---") && line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
    }

    private static func isEnd(_ line: Substring) -> Bool {
        line.hasPrefix("...") && line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
    }

    private static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error(let length): _ = length; return offset
            case .emptyInput: return offset
            }
        }
    }
}
