/// Turns a view model into nested dictionaries and arrays before rendering.
///
/// swift-mustache looks names up with a fresh `Mirror` on every tag, and again on every object of
/// the context stack when a name is not found nearby; one `Mirror` per object up front makes
/// rendering several times faster. Semantics do not change: a nil property is simply absent, and
/// Mustache then looks further up the stack, as it does for a nil property.
enum TemplateValues {
    static func convert(_ value: Any) -> Any {
        // Metatype comparisons are cheap; failed dynamic casts (`as? String`) are not.
        let type = Swift.type(of: value)
        if type == String.self || type == Int.self || type == Double.self || type == Bool.self { return value }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first?.value else { return Optional<Any>.none as Any }
            return convert(wrapped)
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
                fields[label] = convert(child.value)
            }
            return fields
        case .collection:
            return mirror.children.map { convert($0.value) }
        default:
            return value
        }
    }
}
