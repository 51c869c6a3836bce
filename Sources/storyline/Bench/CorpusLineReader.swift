import Foundation

/// Reads a JSON Lines file in 4 MB chunks and hands out its non-empty lines, so a corpus of a million
/// articles is never in memory at once.
struct CorpusLineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false

    init(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw CommandFailure("cannot read \(path)") }
        self.handle = handle
    }

    /// The next non-empty line without its line break, or nil at the end of the file.
    mutating func nextLine() throws -> Data? {
        while true {
            let (from, count) = (start, buffer.count - start)
            let newline = buffer.withUnsafeBufferPointer { bytes -> Int? in
                guard count > 0, let found = memchr(bytes.baseAddress! + from, 0x0A, count) else { return nil }
                return bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            if let newline {
                start = newline + 1
                if newline == from { continue }
                return Data(buffer[from..<newline])
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                start = buffer.count
                return Data(buffer[from...])
            }
            let chunk = try handle.read(upToCount: 1 << 22) ?? Data()
            if chunk.isEmpty { atEnd = true }
            buffer.removeFirst(start)
            buffer.append(contentsOf: chunk)
            start = 0
        }
    }
}
