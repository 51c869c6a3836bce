import Foundation

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

/// A file read in fixed-size chunks.
final class FileChunkSource: ByteChunkSource {
    private let handle: FileHandle
    private let name: String
    private let chunkSize: Int

    init(path: String, chunkSize: Int = 1 << 20) throws(InputError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(.unreadable, "cannot read file", file: path)
        }
        self.handle = handle
        name = path
        self.chunkSize = chunkSize
    }

    deinit {
        try? handle.close()
    }

    /// The first chunk, read ahead (to look for a gzip header) and handed out again by ``nextChunk()``.
    private var peeked: [UInt8]?

    /// The first bytes of the file without consuming them; empty for an empty file.
    func peek() throws(InputError) -> [UInt8] {
        if peeked == nil { peeked = try readChunk() ?? [] }
        return peeked ?? []
    }

    func nextChunk() throws(InputError) -> [UInt8]? {
        if let chunk = peeked {
            peeked = nil
            if !chunk.isEmpty { return chunk }
        }
        return try readChunk()
    }

    private func readChunk() throws(InputError) -> [UInt8]? {
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        let descriptor = handle.fileDescriptor
        var count: Int
        repeat {
            count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, chunkSize) }
        } while count < 0 && errno == EINTR
        guard count >= 0 else {
            throw InputError(.unreadable, "cannot read file (\(String(cString: strerror(errno))))", file: name)
        }
        guard count > 0 else { return nil }
        chunk.removeLast(chunkSize - count)
        return chunk
    }
}

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
