import StorylineCore

/// The named fields of a WARC record header (`WARC-Type: response`, `Content-Length: 1234` …).
public struct WARCHeader: Sendable, Hashable {
    /// One `Name: value` line (continuation lines joined with a space).
    public struct Field: Sendable, Hashable {
        public var name: String
        public var value: String
    }

    /// The version line's number: `1.0` or `1.1`.
    public var version: String
    /// The fields in header order.
    public var fields: [Field]

    /// The value of the first field named `name`, in any letter case.
    public subscript(name: String) -> String? {
        let lowered = name.lowercased()
        return fields.first { $0.name.lowercased() == lowered }?.value
    }

    /// `WARC-Type`, lowercased (`response`, `request`, `resource`, `metadata`, `warcinfo`, `revisit` …).
    public var type: String { self["WARC-Type"]?.lowercased() ?? "" }
    /// `WARC-Target-URI` without the angle brackets WARC 1.0 writers sometimes put around it.
    public var targetURI: String? {
        guard var uri = self["WARC-Target-URI"], !uri.isEmpty else { return nil }
        if uri.hasPrefix("<") && uri.hasSuffix(">") { uri = String(uri.dropFirst().dropLast()) }
        return uri
    }
    /// `WARC-Date`: when the content was captured (ISO 8601, UTC).
    public var date: String? { self["WARC-Date"] }
    /// `Content-Type` of the record's block (`application/http; msgtype=response`, or a resource's type).
    public var contentType: String? { self["Content-Type"] }

    /// Parses a header block (version line and fields, without the blank line that ends it); nil with
    /// the reason when it is not a WARC header.
    static func parse(_ bytes: ArraySlice<UInt8>) -> Result<WARCHeader, HeaderProblem> {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            line.last == 0x0D ? line.dropLast() : line
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let first = lines.first, first.starts(with: Array("WARC/".utf8)) else {
            return .failure(HeaderProblem("does not start with a WARC/1.x version line"))
        }
        let version = String(decoding: first.dropFirst(5), as: UTF8.self)
        guard version.hasPrefix("1."), (3...8).contains(version.count), version.dropFirst(2).allSatisfy(\.isNumber)
        else {
            return .failure(HeaderProblem("unknown version 'WARC/\(version.prefix(20))'"))
        }
        var fields: [Field] = []
        for line in lines.dropFirst() {
            if line.first == 0x20 || line.first == 0x09, !fields.isEmpty {
                fields[fields.count - 1].value += " " + String(decoding: line, as: UTF8.self).trimmingWhitespace()
                continue
            }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex else {
                let shown = String(decoding: line.prefix(40), as: UTF8.self)
                return .failure(HeaderProblem("header line '\(shown)' has no field name"))
            }
            let name = String(decoding: line[..<colon], as: UTF8.self)
            guard !name.contains(where: { $0 == " " || $0 == "\t" }) else {
                return .failure(HeaderProblem("header field name '\(name.prefix(40))' has spaces"))
            }
            let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingWhitespace()
            fields.append(Field(name: name, value: value))
        }
        return .success(WARCHeader(version: version, fields: fields))
    }

    /// Why a header could not be read.
    struct HeaderProblem: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }
}
