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
    private var buffer = Data()
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
            if let newline = buffer.firstIndex(of: 0x0A) {
                let bytes = buffer[buffer.startIndex..<newline]
                buffer = buffer[(newline + 1)...]
                lineNumber += 1
                if let line = decode(bytes) { lines.append(line) }
                continue
            }
            if atEnd {
                if !buffer.isEmpty {
                    lineNumber += 1
                    if let line = decode(buffer) { lines.append(line) }
                    buffer = Data()
                }
                break
            }
            let block: Data?
            do {
                block = try handle.read(upToCount: blockSize)
            } catch {
                throw InputError(.unreadable, "cannot read file (\(error.localizedDescription))", file: name)
            }
            if let block, !block.isEmpty {
                buffer = buffer.isEmpty ? block : buffer + block
            } else {
                atEnd = true
            }
            if buffer.count > maximumLineSize, !buffer.contains(0x0A) {
                // Skip the rest of an over-long line without keeping it.
                lineNumber += 1
                lines.append((lineNumber, .failure(tooLong())))
                buffer = Data()
                try skipToNextLine()
            }
        }
        return lines
    }

    private func decode(_ bytes: Data) -> Line? {
        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return nil }
        guard bytes.count <= maximumLineSize else { return (lineNumber, .failure(tooLong())) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return (lineNumber, .failure(InputError(.invalidEncoding, "not valid UTF-8", file: name, line: lineNumber)))
        }
        return (lineNumber, .success(text))
    }

    private func tooLong() -> InputError {
        InputError(.tooLarge, "line is over the limit of \(maximumLineSize) bytes (see --max-size)", file: name, line: lineNumber)
    }

    private mutating func skipToNextLine() throws(InputError) {
        while !atEnd {
            let block: Data?
            do {
                block = try handle.read(upToCount: blockSize)
            } catch {
                throw InputError(.unreadable, "cannot read file (\(error.localizedDescription))", file: name)
            }
            guard let block, !block.isEmpty else {
                atEnd = true
                return
            }
            if let newline = block.firstIndex(of: 0x0A) {
                buffer = block[(newline + 1)...]
                return
            }
        }
    }
}
