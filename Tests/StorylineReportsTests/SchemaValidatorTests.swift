import Testing

@Suite("SchemaValidator")
struct SchemaValidatorTests {
    /// A cut-down copy of the report schema's shape: enough to exercise every supported keyword.
    static let schema = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "required": ["stories"],
          "properties": {
            "stories": { "type": "array", "items": { "$ref": "#/$defs/Story" } },
            "strict": { "type": "object", "properties": { "a": { "type": "integer" } }, "additionalProperties": false },
            "counts": { "type": "object", "additionalProperties": { "type": "integer", "minimum": 0 } },
            "note": { "type": ["string", "null"] }
          },
          "$defs": {
            "Story": {
              "type": "object",
              "required": ["id", "discrepancies"],
              "properties": {
                "id": { "type": "string", "description": "ignored annotation" },
                "score": { "type": "number", "minimum": 0, "maximum": 1 },
                "discrepancies": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/Discrepancy" } }
              }
            },
            "Discrepancy": {
              "type": "object",
              "required": ["kind"],
              "properties": { "kind": { "type": "string", "enum": ["date", "number"] } }
            }
          }
        }
        """

    static func violations(_ json: String) throws -> [String] {
        try SchemaValidator(schemaJSON: schema).validate(json: json).map(\.description)
    }

    @Test func acceptsAValidDocument() throws {
        let json = """
            {"stories": [{"id": "s", "score": 0.5, "discrepancies": [{"kind": "date"}, {"kind": "number"}]}],
             "strict": {"a": 1}, "counts": {"x": 0, "y": 3}, "note": null, "extra": [1, "two"]}
            """
        #expect(try Self.violations(json) == [])
    }

    @Test func reportsAMissingRequiredProperty() throws {
        let json = #"{"stories": [{"discrepancies": [{"kind": "date"}]}, {"id": "t", "discrepancies": [{}]}]}"#
        #expect(
            try Self.violations(json) == [
                "stories[0].id: required property is missing",
                "stories[1].discrepancies[0].kind: required property is missing",
            ])
        #expect(try Self.violations("{}") == ["stories: required property is missing"])
    }

    @Test func reportsAWrongType() throws {
        #expect(try Self.violations("[]") == ["(root): expected object, found array of 0"])
        let json = #"{"stories": [{"id": 7, "discrepancies": "none"}], "note": 3}"#
        #expect(
            try Self.violations(json) == [
                "note: expected string or null, found 3",
                "stories[0].discrepancies: expected array, found \"none\"",
                "stories[0].id: expected string, found 7",
            ])
    }

    @Test func reportsAValueOutsideTheEnumWithItsPath() throws {
        let json = #"{"stories": [{"id": "s", "discrepancies": [{"kind": "date"}, {"kind": "colour"}]}]}"#
        let found = try SchemaValidator(schemaJSON: Self.schema).validate(json: json)
        #expect(found.map(\.path) == ["stories[0].discrepancies[1].kind"])
        #expect(found.first?.message == "\"colour\" is not one of \"date\", \"number\"")
    }

    @Test func checksIntegersBoundsAndMinItems() throws {
        let json = """
            {"stories": [{"id": "s", "score": 1.5, "discrepancies": []}], "strict": {"a": 1.25}, "counts": {"x": -1}}
            """
        #expect(
            try Self.violations(json) == [
                "counts.x: -1 is less than the minimum 0.0",
                "stories[0].discrepancies: expected at least 1 items, found 0",
                "stories[0].score: 1.5 is greater than the maximum 1.0",
                "strict.a: expected integer, found 1.25",
            ])
    }

    @Test func rejectsPropertiesWhenAdditionalPropertiesIsFalse() throws {
        let json = #"{"stories": [], "strict": {"a": 1, "b": 2}}"#
        #expect(try Self.violations(json) == ["strict.b: property is not allowed"])
    }

    @Test func reportsUnsupportedKeywordsAndBrokenReferences() throws {
        let validator = try SchemaValidator(
            schemaJSON: ##"{"type": "array", "items": {"$ref": "#/$defs/Missing"}, "uniqueItems": true}"##)
        #expect(
            try validator.validate(json: "[1]").map(\.description) == [
                "(root): unsupported schema keyword uniqueItems",
                "[0]: cannot resolve $ref #/$defs/Missing",
            ])
    }
}
