import CZlib

/// Inflates gzip data as it arrives, member after member: a `.warc.gz` written one member per record
/// (Common Crawl style) and one written as a single stream read the same, in bounded memory.
///
/// A corrupt member is reported once and skipped: the source looks for the next gzip header
/// (`1f 8b 08`) and goes on from there, so one bad record does not lose the rest of a per-record file.
/// Errors while still searching (false starts inside compressed data) are not reported again until a
/// member inflates to its end. A file that ends inside a member reports it as truncated.
final class GzipChunkSource: ByteChunkSource {
    private enum State {
        case betweenMembers, inMember, recovering, finished
    }

    private var base: any ByteChunkSource
    private let name: String
    private let stream: UnsafeMutablePointer<z_stream>
    private let outputChunkSize: Int
    /// Compressed bytes read and not yet dropped; `input[0]` is at compressed offset `inputOffset`.
    private var input: [UInt8] = []
    private var inputPosition = 0
    private var inputOffset = 0
    private var state = State.betweenMembers
    /// Compressed offset of the member being inflated.
    private var memberStart = 0
    /// An error has been reported and no member has ended well since: further errors stay quiet.
    private var quiet = false
    private var pendingError: InputError?
    private var decompressedTotal = 0
    /// Recent member starts: decompressed offset → compressed offset.
    private var memberStarts: [(decompressed: Int, compressed: Int)] = []
    /// Bytes of a member kept behind the read position so a rescan can start just after its header.
    private static let rescanWindow = 4 << 20

    /// A source inflating the gzip bytes that `base` delivers; `name` is used in messages.
    init(base: any ByteChunkSource, name: String, outputChunkSize: Int = 1 << 20) throws(InputError) {
        self.base = base
        self.name = name
        self.outputChunkSize = outputChunkSize
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // 16 + MAX_WBITS: a gzip header and trailer around each member.
        guard storyline_inflateInit2(stream, 16 + MAX_WBITS) == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            throw InputError(.malformedArchive, "cannot start zlib", file: name)
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    func memberOffset(atDecompressed offset: Int) -> Int? {
        memberStarts.last { $0.decompressed == offset }?.compressed
    }

    func nextChunk() throws(InputError) -> [UInt8]? {
        if let error = pendingError {
            pendingError = nil
            throw error
        }
        var output = [UInt8](repeating: 0, count: outputChunkSize)
        var produced = 0
        loop: while produced < outputChunkSize {
            switch state {
            case .finished:
                break loop
            case .recovering:
                if let found = FeedSniffer.firstRange(of: [0x1f, 0x8b, 0x08], in: input, from: inputPosition) {
                    inputPosition = found
                    state = .betweenMembers
                } else {
                    inputPosition = max(inputPosition, input.count - 2)
                    if try !refill() { state = .finished }
                }
            case .betweenMembers:
                if input.count - inputPosition < 2 {
                    if try refill() { continue }
                    if inputPosition < input.count { fail("a stray byte follows the last gzip member") }
                    state = .finished
                    continue
                }
                guard input[inputPosition] == 0x1f, input[inputPosition + 1] == 0x8b else {
                    fail("data at byte \(inputOffset + inputPosition) is not a gzip member")
                    state = .recovering
                    inputPosition += 1
                    continue
                }
                memberStart = inputOffset + inputPosition
                recordMemberStart(decompressed: decompressedTotal + produced)
                inflateReset(stream)
                state = .inMember
            case .inMember:
                if inputPosition >= input.count, try !refill() {
                    fail("gzip data is truncated (the member at byte \(memberStart) ends early)")
                    state = .finished
                    continue
                }
                let (status, consumed, written) = inflateStep(into: &output, at: produced)
                inputPosition += consumed
                produced += written
                switch status {
                case Z_STREAM_END:
                    state = .betweenMembers
                    quiet = false
                case Z_OK, Z_BUF_ERROR:
                    continue
                default:
                    fail("gzip member at byte \(memberStart) is corrupt (zlib status \(status))")
                    state = .recovering
                    // Rescan from just after the bad member's header when it is still in the buffer.
                    let restart = memberStart + 1 - inputOffset
                    inputPosition = restart >= 0 && restart < inputPosition ? restart : inputPosition
                }
            }
            if pendingError != nil { break }
        }
        decompressedTotal += produced
        if produced > 0 {
            output.removeLast(outputChunkSize - produced)
            return output
        }
        if let error = pendingError {
            pendingError = nil
            throw error
        }
        return nil
    }

    /// Inflates from the input at `inputPosition` into `output` from `offset` on.
    private func inflateStep(into output: inout [UInt8], at offset: Int) -> (status: Int32, consumed: Int, written: Int)
    {
        let available = input.count - inputPosition
        let room = output.count - offset
        let position = inputPosition
        let status: Int32 = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                stream.pointee.next_in = inputBuffer.baseAddress! + position
                stream.pointee.avail_in = uInt(available)
                stream.pointee.next_out = outputBuffer.baseAddress! + offset
                stream.pointee.avail_out = uInt(room)
                return inflate(stream, Z_NO_FLUSH)
            }
        }
        return (status, available - Int(stream.pointee.avail_in), room - Int(stream.pointee.avail_out))
    }

    /// Drops consumed input (keeping the current member's start within reach) and appends the next
    /// chunk of `base`; false at its end.
    private func refill() throws(InputError) -> Bool {
        var keepFrom = inputPosition
        let memberIndex = memberStart - inputOffset
        if state == .inMember, memberIndex >= 0, inputPosition - memberIndex <= Self.rescanWindow {
            keepFrom = memberIndex
        }
        if keepFrom > 0 {
            input.removeFirst(keepFrom)
            inputOffset += keepFrom
            inputPosition -= keepFrom
        }
        guard let chunk = try base.nextChunk() else { return false }
        input += chunk
        return true
    }

    private func fail(_ message: String) {
        guard !quiet else { return }
        quiet = true
        pendingError = InputError(.malformedArchive, message, file: name)
    }

    private func recordMemberStart(decompressed: Int) {
        memberStarts.append((decompressed, memberStart))
        if memberStarts.count > 4096 { memberStarts.removeFirst(2048) }
    }
}
