/// Escapes text for SVG/XML content and attribute values, per Unicode scalar.
public enum SVGText {
    /// Replaces `& < > " '` with entities.
    ///
    /// Works on UTF-8 bytes: the five characters are ASCII, and an ASCII byte never occurs inside
    /// a multi-byte sequence, so this is exactly per scalar (a `"` followed by a combining mark is
    /// still escaped). Text without any of them, the common case, is returned as it is.
    public static func escape(_ text: String) -> String {
        var utf8 = text
        let escaped: String? = utf8.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: needsEscape) else { return nil }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 16)
            output.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                switch byte {
                case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): output.append(contentsOf: "&#39;".utf8)
                default: output.append(byte)
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
        return escaped ?? text
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
