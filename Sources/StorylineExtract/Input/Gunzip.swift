import CZlib
import Foundation

/// Decompresses gzip data (one member or several, as `.warc.gz` files have) with zlib.
public enum Gunzip {
    /// The decompressed bytes of `data`; throws when the data is not gzip or inflates past `maximumSize`.
    public static func decompress(_ data: Data, maximumSize: Int) throws(InputError) -> Data {
        guard data.count >= 2, data[data.startIndex] == 0x1f, data[data.startIndex + 1] == 0x8b else {
            throw InputError(.malformedArchive, "not gzip data")
        }
        var output = Data()
        var stream = z_stream()
        // 16 + MAX_WBITS: expect a gzip header and trailer.
        guard storyline_inflateInit2(&stream, 16 + MAX_WBITS) == Z_OK else {
            throw InputError(.malformedArchive, "cannot start zlib")
        }
        defer { inflateEnd(&stream) }
        let chunkSize = 64 * 1024
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        let result: Int32 = data.withUnsafeBytes { (input: UnsafeRawBufferPointer) -> Int32 in
            stream.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: Bytef.self).baseAddress)
            stream.avail_in = uInt(input.count)
            while true {
                let status: Int32 = chunk.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = uInt(chunkSize)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunkSize - Int(stream.avail_out)
                output.append(contentsOf: chunk[0..<produced])
                if output.count > maximumSize { return Z_MEM_ERROR }
                switch status {
                case Z_STREAM_END:
                    // Another gzip member may follow (concatenated members are valid gzip).
                    guard stream.avail_in > 0 else { return Z_STREAM_END }
                    guard inflateReset(&stream) == Z_OK else { return Z_DATA_ERROR }
                case Z_OK:
                    if stream.avail_in == 0 && produced == 0 { return Z_BUF_ERROR }
                case Z_BUF_ERROR:
                    if stream.avail_in == 0 { return Z_BUF_ERROR }
                default:
                    return status
                }
            }
        }
        switch result {
        case Z_STREAM_END: return output
        case Z_MEM_ERROR: throw InputError(.tooLarge, "decompresses to more than \(maximumSize) bytes")
        case Z_BUF_ERROR: throw InputError(.malformedArchive, "gzip data is truncated")
        default: throw InputError(.malformedArchive, "gzip data is corrupt (zlib status \(result))")
        }
    }
}
