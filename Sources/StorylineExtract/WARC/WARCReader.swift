import Foundation

/// Streams the records of a WARC 1.0/1.1 file — plain, one gzip member per record (Common Crawl style),
/// or one gzip stream — in bounded memory: the file is read a chunk at a time and only the record being
/// handed out is kept whole.
///
/// Records of types not in ``keptTypes`` (requests, metadata, warcinfo, revisits …) are skipped without
/// buffering their blocks and counted in ``statistics``. A record larger than ``maximumRecordSize`` is
/// skipped with an error. A header that cannot be read is one error naming the record's number and byte
/// offset; the reader then looks for the next `WARC/1.` line and goes on. A file that ends inside a
/// record is an error after the records before it.
///
/// ```swift
/// var reader = try WARCReader(path: "crawl.warc.gz", maximumRecordSize: 64 << 20)
/// while let event = reader.next() {
///     if case .record(let record) = event { print(record.header.targetURI ?? "", record.block.count) }
/// }
/// ```
public struct WARCReader {
    /// One step of the reading.
    public enum Event: Sendable {
        case record(WARCRecord)
        case failure(InputError)
    }

    /// The record types handed out; others are skipped.
    public var keptTypes: Set<String> = ["response", "resource"]
    /// Records with a larger block are skipped with a ``InputError/Code/tooLarge`` error.
    public var maximumRecordSize: Int
    /// What has been read so far.
    public private(set) var statistics = WARCStatistics()
    /// The input's name, used in messages.
    public let name: String
    /// A header longer than this without its ending blank line is malformed.
    public static let maximumHeaderSize = 64 * 1024

    private var source: any ByteChunkSource
    /// Bytes read and not yet consumed start at `start`; `buffer[0]` is at offset `bufferOffset`.
    private var buffer: [UInt8] = []
    private var start = 0
    private var bufferOffset = 0
    private var sourceEnded = false
    /// Errors the source raised since they were last reported; the record being read is then lost.
    private var sourceErrors: [InputError] = []
    private var queued: [Event] = []
    private var recordNumber = 0

    /// Opens the WARC file at `path`; gzip is recognised by its first bytes, whatever the name.
    public init(path: String, maximumRecordSize: Int) throws(InputError) {
        let file = try FileChunkSource(path: path)
        let head = try file.peek()
        name = path
        self.maximumRecordSize = maximumRecordSize
        source = head.starts(with: [0x1f, 0x8b]) ? try GzipChunkSource(base: file, name: path) : file
    }

    /// Reads WARC `bytes` already in memory (gzip or not); `name` is used in messages.
    public init(bytes: [UInt8], name: String, maximumRecordSize: Int) throws(InputError) {
        try self.init(bytes: bytes, name: name, maximumRecordSize: maximumRecordSize, chunkSize: 1 << 20)
    }

    /// As ``init(bytes:name:maximumRecordSize:)``, handing the bytes (and inflated bytes) on in chunks of
    /// `chunkSize`: tests use tiny chunks to put every boundary in an awkward place.
    init(bytes: [UInt8], name: String, maximumRecordSize: Int, chunkSize: Int) throws(InputError) {
        self.name = name
        self.maximumRecordSize = maximumRecordSize
        let memory = MemoryChunkSource(bytes, chunkSize: chunkSize)
        source =
            bytes.starts(with: [0x1f, 0x8b])
            ? try GzipChunkSource(base: memory, name: name, outputChunkSize: chunkSize) : memory
    }

    /// Events until about `count` records or `byteLimit` bytes of blocks are gathered; empty at the end.
    public mutating func next(records count: Int, bytes byteLimit: Int) -> [Event] {
        var events: [Event] = []
        var records = 0
        var bytes = 0
        while records < count, bytes < byteLimit, let event = next() {
            if case .record(let record) = event {
                records += 1
                bytes += record.block.count
            }
            events.append(event)
        }
        return events
    }

    /// The next kept record or error; nil at the end of the file.
    public mutating func next() -> Event? {
        while true {
            if !queued.isEmpty { return queued.removeFirst() }
            guard skipLineBreaks() else {
                reportSourceErrors(context: nil)
                if queued.isEmpty { return nil }
                continue
            }
            if !sourceErrors.isEmpty {
                reportSourceErrors(context: nil)
                resync()
                continue
            }
            if let event = readRecord() { return event }
        }
    }

    // MARK: Records

    /// Reads the record at `start`: its event, or nil when it was skipped (errors may be queued).
    private mutating func readRecord() -> Event? {
        recordNumber += 1
        statistics.records += 1
        let offset = bufferOffset + start
        let position = describe(offset: offset)
        guard ensure(5, from: offset) else {
            if !sourceErrors.isEmpty { return interrupted(position) }
            return truncated(position, "the file ends inside the record's header")
        }
        guard buffer[start..<start + 5].elementsEqual("WARC/".utf8) else {
            // Not a record at all (a wrong Content-Length before it, or junk): no record number of its own.
            recordNumber -= 1
            statistics.records -= 1
            statistics.malformed += 1
            let after = recordNumber > 0 ? " after record \(recordNumber)" : ""
            start = min(buffer.count, start + 1)
            resync()
            let message =
                "byte \(offset)\(after): expected a WARC record, found other data; skipped to the next WARC/1. line"
            return .failure(InputError(.malformedRecord, message, file: name))
        }
        guard let headerEnd = findHeaderEnd(from: offset) else {
            if !sourceErrors.isEmpty { return interrupted(position) }
            if sourceEnded { return truncated(position, "the file ends inside the record's header") }
            return malformed(
                position, "has no blank line within \(Self.maximumHeaderSize) bytes of header", offset: offset)
        }
        let header: WARCHeader
        switch WARCHeader.parse(buffer[start..<(headerEnd - bufferOffset)]) {
        case .success(let parsed): header = parsed
        case .failure(let problem): return malformed(position, problem.message, offset: offset)
        }
        guard let lengthText = header["Content-Length"], let length = Int(lengthText), length >= 0 else {
            return malformed(position, "has no valid Content-Length", offset: offset)
        }
        start = headerEnd - bufferOffset
        let type = header.type
        if !keptTypes.contains(type) || length > maximumRecordSize {
            let complete = skip(length)
            if !sourceErrors.isEmpty { return interrupted(position) }
            if !complete { return truncated(position, "the file ends inside its \(length)-byte block") }
            if keptTypes.contains(type) {
                statistics.oversize += 1
                let message =
                    "\(position): the \(type) record is \(length) bytes, over the limit of "
                    + "\(maximumRecordSize) bytes (see --max-size)"
                return .failure(InputError(.tooLarge, message, file: name))
            }
            statistics.skipped[type.isEmpty ? "untyped" : type, default: 0] += 1
            return nil
        }
        let blockStart = bufferOffset + start
        guard ensure(length, from: blockStart) else {
            if !sourceErrors.isEmpty { return interrupted(position) }
            let available = buffer.count - start
            start = buffer.count
            return truncated(position, "the file ends after \(available) of its \(length) content bytes")
        }
        let block = Array(buffer[start..<start + length])
        start += length
        statistics.kept += 1
        return .record(
            WARCRecord(
                number: recordNumber, offset: offset, memberOffset: source.memberOffset(atDecompressed: offset),
                header: header, block: block))
    }

    private func describe(offset: Int) -> String {
        var text = "record \(recordNumber) at byte \(offset)"
        if let member = source.memberOffset(atDecompressed: offset) { text += " (gzip member at byte \(member))" }
        return text
    }

    private mutating func malformed(_ position: String, _ reason: String, offset: Int) -> Event {
        statistics.malformed += 1
        start = min(buffer.count, offset - bufferOffset + 1)
        resync()
        return .failure(InputError(.malformedRecord, "\(position): malformed WARC header: \(reason)", file: name))
    }

    private mutating func truncated(_ position: String, _ reason: String) -> Event {
        statistics.malformed += 1
        start = buffer.count
        return .failure(InputError(.malformedRecord, "\(position) is truncated: \(reason)", file: name))
    }

    /// The source failed while the record was read: the record is lost; report and look for the next.
    private mutating func interrupted(_ position: String) -> Event? {
        statistics.malformed += 1
        reportSourceErrors(context: position)
        resync()
        return nil
    }

    private mutating func reportSourceErrors(context: String?) {
        for error in sourceErrors {
            let message = context.map { "\($0): \(error.message)" } ?? error.message
            queued.append(.failure(InputError(error.code, message, file: name)))
        }
        sourceErrors = []
    }

    // MARK: Buffer

    /// Reads another chunk, dropping consumed bytes first; false at the end of the source.
    private mutating func fill() -> Bool {
        guard !sourceEnded else { return false }
        if start > 0 {
            buffer.removeFirst(start)
            bufferOffset += start
            start = 0
        }
        do {
            guard let chunk = try source.nextChunk() else {
                sourceEnded = true
                return false
            }
            buffer += chunk
        } catch {
            sourceErrors.append(error)
            // Reading the file itself failed: nothing more will come.
            if error.code == .unreadable { sourceEnded = true }
        }
        return true
    }

    /// Whether `count` bytes from absolute `offset` are in the buffer (reading as needed); false at the
    /// end of the source or when the source failed meanwhile.
    private mutating func ensure(_ count: Int, from offset: Int) -> Bool {
        while bufferOffset + buffer.count < offset + count {
            guard fill(), sourceErrors.isEmpty else { return false }
        }
        return true
    }

    /// Skips CR and LF bytes between records; false when the input ends first.
    private mutating func skipLineBreaks() -> Bool {
        while true {
            while start < buffer.count, buffer[start] == 0x0A || buffer[start] == 0x0D { start += 1 }
            if start < buffer.count { return true }
            guard fill() else { return false }
            if !sourceErrors.isEmpty { return true }
        }
    }

    /// The absolute offset just past the blank line ending the header that starts at `offset`.
    private mutating func findHeaderEnd(from offset: Int) -> Int? {
        var searched = offset
        while true {
            var index = searched - bufferOffset
            while index < buffer.count {
                if buffer[index] == 0x0A {
                    if index + 1 < buffer.count, buffer[index + 1] == 0x0A { return bufferOffset + index + 2 }
                    if index + 2 < buffer.count, buffer[index + 1] == 0x0D, buffer[index + 2] == 0x0A {
                        return bufferOffset + index + 3
                    }
                    if index + 2 >= buffer.count { break }  // the blank line may straddle the next chunk
                }
                index += 1
            }
            searched = bufferOffset + index
            if searched - offset > Self.maximumHeaderSize { return nil }
            guard fill(), sourceErrors.isEmpty else { return nil }
        }
    }

    /// Skips `count` bytes from `start`; false when the input ends first (or the source failed).
    private mutating func skip(_ count: Int) -> Bool {
        var remaining = count
        while true {
            let available = buffer.count - start
            if available >= remaining {
                start += remaining
                return true
            }
            remaining -= available
            start = buffer.count
            guard fill(), sourceErrors.isEmpty else { return false }
        }
    }

    /// Moves `start` to the next line that begins with `WARC/1.` (or to the end of the input).
    private mutating func resync() {
        let marker = Array("WARC/1.".utf8)
        var from = start
        while true {
            while let found = FeedSniffer.firstRange(of: marker, in: buffer, from: from) {
                if found == start || buffer[found - 1] == 0x0A {
                    start = found
                    return
                }
                from = found + 1
            }
            // Keep a marker's length minus one so a marker split across chunks is still found.
            start = max(start, buffer.count - marker.count + 1)
            guard fill() else {
                start = buffer.count
                return
            }
            from = start
        }
    }
}
