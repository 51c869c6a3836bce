/// Bytes already in memory, handed out in chunks.
struct MemoryChunkSource: ByteChunkSource {
    private let bytes: [UInt8]
    private var position = 0
    private let chunkSize: Int

    init(_ bytes: [UInt8], chunkSize: Int = 1 << 20) {
        self.bytes = bytes
        self.chunkSize = chunkSize
    }

    mutating func nextChunk() throws(InputError) -> [UInt8]? {
        guard position < bytes.count else { return nil }
        let end = min(bytes.count, position + chunkSize)
        defer { position = end }
        return Array(bytes[position..<end])
    }
}
