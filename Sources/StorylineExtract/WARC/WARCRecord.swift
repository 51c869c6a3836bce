/// One record of a WARC file: its header and its content block, with where it was found.
public struct WARCRecord: Sendable, Hashable {
    /// The 1-based position of the record in its file (skipped and malformed records counted too).
    public var number: Int
    /// The byte offset of the record's `WARC/1.x` line in the (decompressed) file.
    public var offset: Int
    /// The compressed offset of the gzip member holding the record, for a `.warc.gz` written one member
    /// per record.
    public var memberOffset: Int?
    public var header: WARCHeader
    /// The content block: `Content-Length` bytes after the header.
    public var block: [UInt8]

    /// A record with the given parts.
    public init(number: Int, offset: Int, memberOffset: Int? = nil, header: WARCHeader, block: [UInt8]) {
        self.number = number
        self.offset = offset
        self.memberOffset = memberOffset
        self.header = header
        self.block = block
    }

    /// `record 12 at byte 34567` (with the gzip member's offset when known), for messages.
    public var position: String {
        var text = "record \(number) at byte \(offset)"
        if let memberOffset { text += " (gzip member at byte \(memberOffset))" }
        return text
    }
}
