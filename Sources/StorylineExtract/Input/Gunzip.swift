import CZlib
import Foundation

/// Decompresses gzip data (one member or several, as `.warc.gz` files have) with zlib, and the other
/// deflate wrappings HTTP bodies come in.
public enum Gunzip {
    /// How deflate data is wrapped.
    public enum Format: Sendable {
        /// gzip members (`Content-Encoding: gzip`, `.gz` files); several members are read one after another.
        case gzip
        /// A zlib stream (what `Content-Encoding: deflate` means).
        case zlib
        /// Bare deflate data (what some servers send as `deflate`).
        case rawDeflate

        var windowBits: Int32 {
            switch self {
            case .gzip: 16 + MAX_WBITS
            case .zlib: MAX_WBITS
            case .rawDeflate: -MAX_WBITS
            }
        }
    }

    /// The decompressed bytes of `data`; throws when the data is not gzip or inflates past `maximumSize`.
    public static func decompress(_ data: Data, maximumSize: Int) throws(InputError) -> Data {
        guard data.count >= 2, data[data.startIndex] == 0x1f, data[data.startIndex + 1] == 0x8b else {
            throw InputError(.malformedArchive, "not gzip data")
        }
        var output = Data()
        let failure = data.withUnsafeBytes { input in
            inflate(input, format: .gzip, maximumSize: maximumSize) { output.append(contentsOf: $0) }
        }
        if let failure { throw failure }
        return output
    }

    /// The inflated bytes of `bytes` in `format`; throws when they are corrupt, truncated or inflate past
    /// `maximumSize`.
    public static func inflate(_ bytes: [UInt8], format: Format, maximumSize: Int) throws(InputError) -> [UInt8] {
        var output: [UInt8] = []
        let failure = bytes.withUnsafeBytes { input in
            inflate(input, format: format, maximumSize: maximumSize) { output.append(contentsOf: $0) }
        }
        if let failure { throw failure }
        return output
    }

    /// The first `count` bytes that the gzip `data` inflates to (fewer when it is shorter or corrupt),
    /// for sniffing what a compressed file holds.
    public static func inflatedPrefix(of data: some Collection<UInt8>, count: Int) -> [UInt8] {
        var output: [UInt8] = []
        let head = Array(data.prefix(64 * 1024))
        _ = head.withUnsafeBytes { input in
            inflate(input, format: .gzip, maximumSize: count) { output.append(contentsOf: $0) }
        }
        return Array(output.prefix(count))
    }

    /// Inflates `input`, handing the output to `append` a chunk at a time; the error, or nil when the
    /// data inflated to its end.
    private static func inflate(
        _ input: UnsafeRawBufferPointer, format: Format, maximumSize: Int, append: (ArraySlice<UInt8>) -> Void
    ) -> InputError? {
        var stream = z_stream()
        guard storyline_inflateInit2(&stream, format.windowBits) == Z_OK else {
            return InputError(.malformedArchive, "cannot start zlib")
        }
        defer { inflateEnd(&stream) }
        let chunkSize = 64 * 1024
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        var total = 0
        stream.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: Bytef.self).baseAddress)
        stream.avail_in = uInt(input.count)
        let result: Int32
        loop: while true {
            let status: Int32 = chunk.withUnsafeMutableBufferPointer { buffer in
                stream.next_out = buffer.baseAddress
                stream.avail_out = uInt(chunkSize)
                return CZlib.inflate(&stream, Z_NO_FLUSH)
            }
            let produced = chunkSize - Int(stream.avail_out)
            total += produced
            append(chunk[0..<produced])
            if total > maximumSize {
                result = Z_MEM_ERROR
                break
            }
            switch status {
            case Z_STREAM_END:
                // Another gzip member may follow (concatenated members are valid gzip).
                guard format == .gzip, stream.avail_in > 0 else {
                    result = Z_STREAM_END
                    break loop
                }
                guard inflateReset(&stream) == Z_OK else {
                    result = Z_DATA_ERROR
                    break loop
                }
            case Z_OK:
                if stream.avail_in == 0 && produced == 0 {
                    result = Z_BUF_ERROR
                    break loop
                }
            case Z_BUF_ERROR:
                if stream.avail_in == 0 {
                    result = Z_BUF_ERROR
                    break loop
                }
            default:
                result = status
                break loop
            }
        }
        switch result {
        case Z_STREAM_END: return nil
        case Z_MEM_ERROR: return InputError(.tooLarge, "decompresses to more than \(maximumSize) bytes")
        case Z_BUF_ERROR: return InputError(.malformedArchive, "\(format.name) data is truncated")
        default: return InputError(.malformedArchive, "\(format.name) data is corrupt (zlib status \(result))")
        }
    }
}

extension Gunzip.Format {
    fileprivate var name: String {
        switch self {
        case .gzip: "gzip"
        case .zlib: "zlib"
        case .rawDeflate: "deflate"
        }
    }
}
