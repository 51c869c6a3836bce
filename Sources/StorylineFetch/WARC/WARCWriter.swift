import Foundation
import NIOConcurrencyHelpers

/// Appends WARC/1.1 records to a `.warc.gz` file (or plain `.warc`), each record its own gzip member.
///
/// Opening writes a `warcinfo` record naming the software and the user agent; a ``Fetcher`` with a
/// writer then adds a `request` and a `response` record for every exchange, as sent and received
/// (robots.txt, redirects and error answers too), with SHA-1 block and payload digests. A body cut
/// off at the size cap is marked `WARC-Truncated: length`. Records are appended, so runs can share a
/// file. Write failures do not stop fetching; the first one is kept in ``failure``.
///
/// ```swift
/// let archive = try WARCWriter(path: "crawl.warc.gz", userAgent: configuration.userAgentHeader)
/// let fetcher = Fetcher(configuration: configuration, archive: archive)
/// ```
public final class WARCWriter: Sendable {
    /// The file written.
    public let path: String
    /// The id of this run's `warcinfo` record, which every other record names.
    public let warcinfoID: String
    private let compresses: Bool
    private let state: NIOLockedValueBox<State>

    private struct State {
        var descriptor: Int32
        var failure: FetchError?
        var recordCount = 0
    }

    /// Opens (creating if needed) `path` for appending and writes the `warcinfo` record. Files ending
    /// in `.gz` are gzip-compressed per record.
    public init(path: String, userAgent: String) throws(FetchError) {
        self.path = path
        compresses = path.lowercased().hasSuffix(".gz")
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw FetchError(
                .archiveFailed, "cannot open the WARC file: \(String(cString: strerror(errno)))", url: path)
        }
        state = NIOLockedValueBox(State(descriptor: descriptor))
        let info = """
            software: Storyline/1.0 (AsyncHTTPClient)\r
            format: WARC File Format 1.1\r
            conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r
            http-header-user-agent: \(userAgent)\r
            robots: obey\r

            """
        let record = WARCRecord(
            type: "warcinfo",
            fields: [
                .init("WARC-Filename", URL(fileURLWithPath: path).lastPathComponent),
                .init("Content-Type", "application/warc-fields"),
            ],
            block: Array(info.utf8))
        warcinfoID = record.id
        write(record)
        if let failure { throw failure }
    }

    /// The first write failure, if any.
    public var failure: FetchError? { state.withLockedValue { $0.failure } }

    /// Records written since opening, the `warcinfo` included.
    public var recordCount: Int { state.withLockedValue { $0.recordCount } }

    /// Appends one record.
    public func write(_ record: WARCRecord) {
        append([record])
    }

    /// Appends the request and response records of one exchange, next to each other.
    func write(_ exchange: HTTPExchange) {
        append(WARCRecord.records(for: exchange, warcinfoID: warcinfoID))
    }

    /// Writes `records` in one go, so records of concurrent exchanges never interleave.
    private func append(_ records: [WARCRecord]) {
        var bytes: [UInt8] = []
        for record in records {
            let serialized = record.serialized()
            guard compresses else {
                bytes += serialized
                continue
            }
            guard let compressed = GzipMember.compress(serialized) else {
                fail("zlib could not compress a record")
                return
            }
            bytes += compressed
        }
        state.withLockedValue { state in
            guard state.failure == nil, state.descriptor >= 0 else { return }
            var offset = 0
            while offset < bytes.count {
                let written = bytes[offset...].withUnsafeBytes {
                    Foundation.write(state.descriptor, $0.baseAddress, $0.count)
                }
                if written < 0 {
                    if errno == EINTR { continue }
                    state.failure = FetchError(
                        .archiveFailed, "cannot write the WARC file: \(String(cString: strerror(errno)))", url: path)
                    return
                }
                offset += written
            }
            state.recordCount += records.count
        }
    }

    /// Flushes to disk and closes the file; later writes are ignored.
    public func close() {
        state.withLockedValue { state in
            guard state.descriptor >= 0 else { return }
            fsync(state.descriptor)
            Foundation.close(state.descriptor)
            state.descriptor = -1
        }
    }

    private func fail(_ message: String) {
        state.withLockedValue { state in
            if state.failure == nil { state.failure = FetchError(.archiveFailed, message, url: path) }
        }
    }

    deinit { close() }
}
