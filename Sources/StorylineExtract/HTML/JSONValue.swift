/// A JSON value as read from a page's JSON-LD script, with the look-ups JSON-LD metadata needs.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// The member `key` of an object; nil for other values or a missing key.
    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The string, or a number written without a fraction when it is whole.
    public var stringValue: String? {
        switch self {
        case .string(let string): string
        case .number(let number):
            number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        default: nil
        }
    }

    /// The elements of an array, or the value itself as a one-element list (JSON-LD's "one or many").
    public var list: [JSONValue] {
        switch self {
        case .array(let elements): elements
        case .null: []
        default: [self]
        }
    }

    /// The object's `@type` values (a string or an array of strings), without a `schema:` prefix.
    public var types: [String] {
        (self["@type"]?.list ?? []).compactMap(\.stringValue).map { type in
            if let colon = type.lastIndex(where: { $0 == ":" || $0 == "/" }) {
                return String(type[type.index(after: colon)...])
            }
            return type
        }
    }
}
