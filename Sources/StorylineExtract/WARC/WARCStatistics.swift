/// What a ``WARCReader`` has seen so far.
public struct WARCStatistics: Sendable, Hashable {
    /// Records whose header was found, readable or not.
    public var records = 0
    /// Records handed out (of a kept type, within the size limit).
    public var kept = 0
    /// Records of other types, skipped without reading their blocks, by `WARC-Type`.
    public var skipped: [String: Int] = [:]
    /// Records with a header that could not be read, or cut short by the end of the file.
    public var malformed = 0
    /// Records skipped for being larger than the size limit.
    public var oversize = 0

    /// Statistics with every count at zero.
    public init() {}
}
