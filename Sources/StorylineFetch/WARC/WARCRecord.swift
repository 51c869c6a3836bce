import Foundation

/// One WARC/1.1 record: a type, named header fields and a content block.
///
/// ``serialized()`` gives the bytes: `WARC/1.1`, the fields, `WARC-Type`, `WARC-Record-ID`,
/// `WARC-Date` first and `Content-Length` last, a blank line, the block and two CRLFs.
public struct WARCRecord: Sendable, Hashable {
    /// `warcinfo`, `request`, `response`, …
    public var type: String
    /// `<urn:uuid:…>`.
    public var id: String
    public var date: Date
    /// Fields after the type, id and date (`WARC-Target-URI`, `Content-Type`, digests, …), in order.
    public var fields: [Field]
    public var block: [UInt8]

    /// One named header field.
    public struct Field: Sendable, Hashable {
        public var name: String
        public var value: String
        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    public init(type: String, id: String = WARCRecord.newID(), date: Date = Date(), fields: [Field], block: [UInt8]) {
        self.type = type
        self.id = id
        self.date = date
        self.fields = fields
        self.block = block
    }

    /// A fresh `<urn:uuid:…>` record id.
    public static func newID() -> String { "<urn:uuid:\(UUID().uuidString.lowercased())>" }

    /// `sha1:` and the base32 of the SHA-1 of `bytes`: the form of WARC digest fields.
    public static func digest(_ bytes: [UInt8]) -> String { "sha1:" + Base32.encode(SHA1.digest(bytes)) }

    /// The record as written in a `.warc` file.
    public func serialized() -> [UInt8] {
        var head = "WARC/1.1\r\nWARC-Type: \(type)\r\nWARC-Record-ID: \(id)\r\n"
        head += "WARC-Date: \(date.formatted(.iso8601))\r\n"
        for field in fields { head += "\(field.name): \(field.value)\r\n" }
        head += "Content-Length: \(block.count)\r\n\r\n"
        return Array(head.utf8) + block + Array("\r\n\r\n".utf8)
    }
}
