import Foundation

/// Reads a text file as numbered lines, a block at a time, so a JSON Lines file of any size streams
/// through bounded memory.
public struct LineBlockReader {
    /// One line with its 1-based number, or the error that line has (invalid UTF-8, too long).
    public typealias Line = (number: Int, text: Result<String, InputError>)

    private let handle: FileHandle
    private let name: String
    private let blockSize: Int
    private let maximumLineSize: Int
    /// Bytes read but not yet handed out start at `consumed`. A byte array with an offset rather than
    /// a sliced `Data`: this loop runs on one core for the whole input, and `Data` pays an
    /// exclusivity check per byte on Linux.
    private var buffer: [UInt8] = []
    private var consumed = 0
    private var lineNumber = 0
    private var atEnd = false

    /// Opens `path`; lines longer than `maximumLineSize` bytes are reported as errors, not read.
    public init(path: String, maximumLineSize: Int, blockSize: Int = 4 << 20) throws(InputError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(.unreadable, "cannot read file", file: path)
        }
        self.handle = handle
        name = path
        self.blockSize = blockSize
        self.maximumLineSize = maximumLineSize
    }

    /// Up to `count` further lines (blank ones skipped), or an empty array at the end of the file.
    public mutating func nextLines(_ count: Int) throws(InputError) -> [Line] {
        var lines: [Line] = []
        while lines.count < count {
            if let newline = Self.newline(in: buffer, from: consumed) {
                lineNumber += 1
                if let line = decode(consumed..<newline) { lines.append(line) }
                consumed = newline + 1
                continue
            }
            if atEnd {
                if consumed < buffer.count {
                    lineNumber += 1
                    if let line = decode(consumed..<buffer.count) { lines.append(line) }
                }
                buffer = []
                consumed = 0
                break
            }
            // Keep only the unfinished line before appending the next block.
            buffer.removeFirst(consumed)
            consumed = 0
            guard let block = try readBlock() else {
                atEnd = true
                continue
            }
            block.withUnsafeBytes { buffer.append(contentsOf: $0) }
            if buffer.count > maximumLineSize, Self.newline(in: buffer, from: 0) == nil {
                // Skip the rest of an over-long line without keeping it.
                lineNumber += 1
                lines.append((lineNumber, .failure(tooLong())))
                buffer = []
                try skipToNextLine()
            }
        }
        return lines
    }

    /// The index of the first line feed at or after `start`.
    private static func newline(in bytes: [UInt8], from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        return bytes.withUnsafeBufferPointer { pointer in
            guard let base = pointer.baseAddress, let found = memchr(base + start, 0x0A, pointer.count - start) else {
                return nil
            }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// The next block of the file, or nil at its end.
    private func readBlock() throws(InputError) -> Data? {
        let block: Data?
        do {
            block = try handle.read(upToCount: blockSize)
        } catch {
            throw InputError(.unreadable, "cannot read file (\(error.localizedDescription))", file: name)
        }
        guard let block, !block.isEmpty else { return nil }
        return block
    }

    private func decode(_ range: Range<Int>) -> Line? {
        buffer.withUnsafeBufferPointer { pointer in
            let bytes = UnsafeBufferPointer(rebasing: pointer[range])
            guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return nil }
            guard bytes.count <= maximumLineSize else { return (lineNumber, .failure(tooLong())) }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                return (lineNumber, .failure(InputError(.invalidEncoding, "not valid UTF-8", file: name, line: lineNumber)))
            }
            return (lineNumber, .success(text))
        }
    }

    private func tooLong() -> InputError {
        InputError(.tooLarge, "line is over the limit of \(maximumLineSize) bytes (see --max-size)", file: name, line: lineNumber)
    }

    private mutating func skipToNextLine() throws(InputError) {
        while !atEnd {
            guard let block = try readBlock() else {
                atEnd = true
                return
            }
            if let newline = block.firstIndex(of: 0x0A) {
                block[(newline + 1)...].withUnsafeBytes { buffer.append(contentsOf: $0) }
                return
            }
        }
    }
}
