internal import Mustache

/// Text for templates: rendered as it is (escaped by the content type), with no fields.
struct TemplateText: MustacheCustomRenderable, MustacheParent, Sendable {
    let renderText: String
    var isNull: Bool { false }
    func child(named: String) -> Any? { nil }
}

/// A missing value for templates: renders as nothing and is false in sections.
struct TemplateNull: MustacheCustomRenderable, MustacheParent, Sendable {
    var renderText: String { "" }
    var isNull: Bool { true }
    func child(named: String) -> Any? { nil }
}

/// A view model that lists its fields for templates (see `TemplateFields.swift`).
protocol TemplateFields {
    /// The fields, already in template form (nested view models as dictionaries, no nils).
    var templateFields: [String: Any] { get }
}

/// Turns a view model into nested dictionaries and arrays before rendering.
///
/// swift-mustache looks names up with a fresh `Mirror` on every tag, and again on every object of
/// the context stack when a name is not found nearby; one `Mirror` per object up front makes
/// rendering several times faster. Semantics do not change: a nil property is simply absent, and
/// Mustache then looks further up the stack, as it does for a nil property.
enum TemplateValues {
    /// The template form of `value`: its listed fields when it has them, else reflected.
    static func convert(_ value: Any) -> Any {
        if let listed = value as? any TemplateFields {
            let fields = listed.templateFields
            // Debug builds (every test run) check the listed fields against reflection.
            assert(shape(fields) == shape(reflect(value)), "TemplateFields of \(type(of: value)) differ from its stored properties")
            return fields
        }
        return reflect(value)
    }

    /// A canonical text of a template value, for comparing two of them.
    static func shape(_ value: Any) -> String {
        switch value {
        case let fields as [String: Any]:
            "{" + fields.keys.sorted().filter { !(fields[$0] is TemplateNull) }.map { "\($0):\(shape(fields[$0]!))" }.joined(separator: ",") + "}"
        case let text as TemplateText: shape(text.renderText)
        case let values as [Any]: "[" + values.map(shape).joined(separator: ",") + "]"
        default: "\(type(of: value))(\(value))"
        }
    }

    /// Fields for templates. Text becomes `TemplateText` and nil `TemplateNull`, which
    /// swift-mustache recognises with one cast each; a nil also ends the name's lookup here
    /// rather than further up the context stack (a cell without a link never borrows the page's).
    static func object(_ pairs: KeyValuePairs<String, Any?>) -> [String: Any] {
        var fields = [String: Any](minimumCapacity: pairs.count)
        for (key, value) in pairs {
            guard let value else {
                fields[key] = TemplateNull()
                continue
            }
            let type = Swift.type(of: value)
            if type == String.self {
                fields[key] = TemplateText(renderText: value as! String)
            } else if type == [String].self {
                fields[key] = (value as! [String]).map(TemplateText.init(renderText:))
            } else {
                fields[key] = value
            }
        }
        return fields
    }

    /// The template form of `value` found by reflection (the reference `TemplateFields` must match).
    static func reflect(_ value: Any) -> Any {
        // Metatype comparisons are cheap; failed dynamic casts (`as? String`) are not.
        let type = Swift.type(of: value)
        if type == String.self || type == Int.self || type == Double.self || type == Bool.self { return value }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first?.value else { return Optional<Any>.none as Any }
            return reflect(wrapped)
        case .struct, .class:
            var fields: [String: Any] = [:]
            for child in mirror.children {
                guard let label = child.label else { continue }
                let childType = Swift.type(of: child.value)
                if childType == String.self || childType == Int.self || childType == Double.self || childType == Bool.self {
                    fields[label] = child.value
                    continue
                }
                let childMirror = Mirror(reflecting: child.value)
                if childMirror.displayStyle == .optional, childMirror.children.isEmpty { continue }
                fields[label] = reflect(child.value)
            }
            return fields
        case .collection:
            return mirror.children.map { reflect($0.value) }
        default:
            return value
        }
    }
}
