import Foundation

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
