import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG parsed as XML: every element with its attributes, text and enclosing classes.
struct SVGDocument {
    struct Element {
        let name: String
        let attributes: [String: String]
        /// The classes of this element and all its ancestors.
        let inheritedClasses: Set<String>
        var text: String

        func number(_ attribute: String) -> Double? { attributes[attribute].flatMap(Double.init) }
        var classes: Set<String> { Set((attributes["class"] ?? "").split(separator: " ").map(String.init)) }
    }

    let elements: [Element]

    /// Parses `svg`; throws when it is not well-formed XML.
    init(_ svg: String) throws {
        let delegate = Collector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = delegate
        guard parser.parse() else {
            throw ParseError(description: parser.parserError.map { "\($0)" } ?? "unknown XML error", line: parser.lineNumber)
        }
        elements = delegate.elements
    }

    struct ParseError: Error, CustomStringConvertible {
        let description: String
        let line: Int
    }

    /// Elements inside a group of class `atlas-marks` that draw something.
    var marks: [Element] {
        elements.filter { $0.inheritedClasses.contains("atlas-marks") && ["rect", "circle", "path", "line", "polyline"].contains($0.name) }
    }

    func elements(named name: String) -> [Element] { elements.filter { $0.name == name } }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        private var stack: [(index: Int, classes: Set<String>)] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            let own = Set((attributes["class"] ?? "").split(separator: " ").map(String.init))
            let classes = own.union(stack.last?.classes ?? [])
            elements.append(Element(name: elementName, attributes: attributes, inheritedClasses: classes, text: ""))
            stack.append((elements.count - 1, classes))
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard let index = stack.last?.index else { return }
            elements[index].text += string
        }
    }
}
