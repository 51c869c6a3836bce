import Foundation

/// A JSON value as the validator sees it; integers are kept apart from other numbers so `integer`
/// can be checked.
enum JSONValue: Equatable, Decodable, CustomStringConvertible {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    init(json: String) throws {
        self = try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))
    }

    /// The JSON Schema type names this value has (`integer` values are also `number`s).
    var typeNames: Set<String> {
        switch self {
        case .null: ["null"]
        case .bool: ["boolean"]
        case .integer: ["integer", "number"]
        case .number(let value): value.rounded() == value ? ["integer", "number"] : ["number"]
        case .string: ["string"]
        case .array: ["array"]
        case .object: ["object"]
        }
    }

    var numberValue: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }

    var description: String {
        switch self {
        case .null: "null"
        case .bool(let value): "\(value)"
        case .integer(let value): "\(value)"
        case .number(let value): "\(value)"
        case .string(let value): "\"\(value)\""
        case .array(let values): "array of \(values.count)"
        case .object: "object"
        }
    }
}

/// One way a document breaks its schema, at a path like `stories[0].discrepancies[1].kind`.
struct SchemaViolation: Equatable, CustomStringConvertible {
    /// Where in the document; empty for the document itself.
    var path: String
    var message: String

    var description: String { "\(path.isEmpty ? "(root)" : path): \(message)" }
}

/// A validator for the subset of JSON Schema (draft 2020-12) that `docs/analysis.schema.json` uses:
/// `type` (a name or an array of names), `properties`, `required`, `additionalProperties` (true, false
/// or a schema), `items`, `minItems`, `enum`, `minimum`, `maximum` and `$ref` to `#/$defs/…`.
///
/// Any other keyword (apart from annotations like `description`) is reported as a violation rather than
/// ignored, so the schema cannot quietly grow beyond what the tests check.
struct SchemaValidator {
    let root: JSONValue

    private static let assertions: Set<String> = [
        "type", "properties", "required", "additionalProperties", "items", "minItems", "enum", "minimum",
        "maximum", "$ref",
    ]
    private static let annotations: Set<String> = ["$schema", "$id", "$defs", "$comment", "title", "description"]

    init(schema: JSONValue) {
        root = schema
    }

    init(schemaJSON: String) throws {
        root = try JSONValue(json: schemaJSON)
    }

    /// Every violation of `instance`, in document order; empty when it is valid.
    func validate(_ instance: JSONValue) -> [SchemaViolation] {
        var violations: [SchemaViolation] = []
        check(instance, against: root, path: "", depth: 0, into: &violations)
        return violations
    }

    func validate(json: String) throws -> [SchemaViolation] {
        validate(try JSONValue(json: json))
    }

    private func check(
        _ instance: JSONValue, against schema: JSONValue, path: String, depth: Int,
        into violations: inout [SchemaViolation]
    ) {
        func fail(_ message: String, at place: String = path) {
            violations.append(SchemaViolation(path: place, message: message))
        }
        switch schema {
        case .bool(true): return
        case .bool(false): return fail("no value is allowed here")
        case .object: break
        default: return fail("schema is not an object or a boolean")
        }
        guard case .object(let keywords) = schema else { return }
        guard depth < 64 else { return fail("$ref nesting too deep") }

        for keyword in keywords.keys.sorted()
        where !Self.assertions.contains(keyword) && !Self.annotations.contains(keyword) {
            fail("unsupported schema keyword \(keyword)")
        }
        if case .string(let reference) = keywords["$ref"] {
            if let target = resolve(reference) {
                check(instance, against: target, path: path, depth: depth + 1, into: &violations)
            } else {
                fail("cannot resolve $ref \(reference)")
            }
        }
        if let type = keywords["type"] {
            let allowed: [String] =
                switch type {
                case .string(let name): [name]
                case .array(let names): names.compactMap { if case .string(let name) = $0 { name } else { nil } }
                default: []
                }
            if instance.typeNames.isDisjoint(with: allowed) {
                // Later keywords would only repeat the problem.
                return fail("expected \(allowed.joined(separator: " or ")), found \(instance)")
            }
        }
        if case .array(let options) = keywords["enum"], !options.contains(instance) {
            fail("\(instance) is not one of \(options.map(\.description).joined(separator: ", "))")
        }
        if let number = instance.numberValue {
            if let minimum = keywords["minimum"]?.numberValue, number < minimum {
                fail("\(instance) is less than the minimum \(minimum)")
            }
            if let maximum = keywords["maximum"]?.numberValue, number > maximum {
                fail("\(instance) is greater than the maximum \(maximum)")
            }
        }
        if case .array(let elements) = instance {
            if let minItems = keywords["minItems"]?.numberValue, Double(elements.count) < minItems {
                fail("expected at least \(Int(minItems)) items, found \(elements.count)")
            }
            if let items = keywords["items"] {
                for (index, element) in elements.enumerated() {
                    check(element, against: items, path: "\(path)[\(index)]", depth: depth, into: &violations)
                }
            }
        }
        if case .object(let members) = instance {
            checkObject(members, keywords: keywords, path: path, depth: depth, into: &violations)
        }
    }

    private func checkObject(
        _ members: [String: JSONValue], keywords: [String: JSONValue], path: String, depth: Int,
        into violations: inout [SchemaViolation]
    ) {
        if case .array(let required) = keywords["required"] {
            for case .string(let name) in required where members[name] == nil {
                violations.append(SchemaViolation(path: Self.join(path, name), message: "required property is missing"))
            }
        }
        var properties: [String: JSONValue] = [:]
        if case .object(let declared) = keywords["properties"] { properties = declared }
        for name in members.keys.sorted() {
            let place = Self.join(path, name)
            if let schema = properties[name] {
                check(members[name]!, against: schema, path: place, depth: depth, into: &violations)
            } else if let additional = keywords["additionalProperties"] {
                if additional == .bool(false) {
                    violations.append(SchemaViolation(path: place, message: "property is not allowed"))
                } else {
                    check(members[name]!, against: additional, path: place, depth: depth, into: &violations)
                }
            }
        }
    }

    /// Resolves `#/$defs/Name` (or any `#/a/b` pointer) within the root schema.
    private func resolve(_ reference: String) -> JSONValue? {
        guard reference.hasPrefix("#") else { return nil }
        var node = root
        for token in reference.dropFirst().split(separator: "/", omittingEmptySubsequences: true) {
            let name = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            guard case .object(let members) = node, let next = members[name] else { return nil }
            node = next
        }
        return node
    }

    private static func join(_ path: String, _ name: String) -> String {
        path.isEmpty ? name : "\(path).\(name)"
    }
}
