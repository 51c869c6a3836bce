/// Bytes that arrive a chunk at a time: a file, a buffer, or an inflating gzip stream over either.
protocol ByteChunkSource {
    /// The next chunk (never empty), or nil at the end. An error may be followed by more chunks when the
    /// source could recover (a corrupt gzip member followed by good ones).
    mutating func nextChunk() throws(InputError) -> [UInt8]?

    /// For a compressed source: the compressed offset of the gzip member whose output starts at
    /// decompressed offset `offset`, when one does (recent members only). Nil for plain sources.
    func memberOffset(atDecompressed offset: Int) -> Int?
}

extension ByteChunkSource {
    func memberOffset(atDecompressed offset: Int) -> Int? { nil }
}
