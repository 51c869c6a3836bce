import Testing

@testable import StorylineExtract

@Suite("WARCReader")
struct WARCReaderTests {
    /// warcinfo, request, response (HTML), metadata, response (image), resource (HTML).
    static let records: [[UInt8]] = [
        WARCBuilder.record(
            type: "warcinfo", contentType: "application/warc-fields", block: Array("software: test\r\n".utf8)),
        WARCBuilder.record(
            type: "request", uri: "https://valley.example/a", contentType: "application/http; msgtype=request",
            block: Array("GET /a HTTP/1.1\r\nHost: valley.example\r\n\r\n".utf8)),
        WARCBuilder.response(
            uri: "https://valley.example/a",
            body: WARCBuilder.page(
                title: "Dam repairs finished", paragraphs: ["The dam was repaired on time, engineers said."])),
        WARCBuilder.record(
            type: "metadata", uri: "https://valley.example/a", contentType: "application/warc-fields",
            block: Array("fetchTimeMs: 120\r\n".utf8)),
        WARCBuilder.response(
            uri: "https://valley.example/logo.png", headers: ["Content-Type: image/png"],
            body: [0x89, 0x50, 0x4E, 0x47]),
        WARCBuilder.record(
            type: "resource", uri: "file:///archive/b.html", contentType: "text/html",
            block: WARCBuilder.page(title: "Orchard harvest", paragraphs: ["The apple harvest began early this year."])),
    ]

    private func read(_ bytes: [UInt8], chunkSize: Int = 1 << 20, maximum: Int = 1 << 20) throws
        -> (records: [WARCRecord], errors: [InputError], statistics: WARCStatistics)
    {
        var reader = try WARCReader(bytes: bytes, name: "test.warc", maximumRecordSize: maximum, chunkSize: chunkSize)
        var records: [WARCRecord] = []
        var errors: [InputError] = []
        while let event = reader.next() {
            switch event {
            case .record(let record): records.append(record)
            case .failure(let error): errors.append(error)
            }
        }
        return (records, errors, reader.statistics)
    }

    @Test(arguments: [1 << 20, 97, 7])
    func keepsResponsesAndResourcesAndCountsTheRest(chunkSize: Int) throws {
        let (records, errors, statistics) = try read(Self.records.flatMap { $0 }, chunkSize: chunkSize)
        #expect(errors.isEmpty)
        #expect(records.map(\.number) == [3, 5, 6])
        #expect(records.map(\.header.type) == ["response", "response", "resource"])
        #expect(records.first?.header.targetURI == "https://valley.example/a")
        #expect(records.first?.header.date == "2024-10-15T10:00:00Z")
        #expect(records.first?.offset == Self.records[0].count + Self.records[1].count)
        #expect(
            records.last?.block
                == Array(
                    Self.records[5].suffix(from: Self.records[5].count - 4 - records.last!.block.count).dropLast(4)))
        #expect(statistics.records == 6)
        #expect(statistics.kept == 3)
        #expect(statistics.skipped == ["warcinfo": 1, "request": 1, "metadata": 1])
    }

    @Test(arguments: [1 << 20, 61])
    func readsOneGzipMemberPerRecordAndOneWholeStreamAlike(chunkSize: Int) throws {
        let plain = try read(Self.records.flatMap { $0 })
        let members = Self.records.flatMap { WARCBuilder.gzip($0) }
        let perRecord = try read(members, chunkSize: chunkSize)
        #expect(perRecord.errors.isEmpty)
        #expect(perRecord.records.map(\.block) == plain.records.map(\.block))
        // The gzip member of each record is known, for messages.
        let memberStart = Self.records.prefix(2).reduce(0) { $0 + WARCBuilder.gzip($1).count }
        #expect(perRecord.records.first?.memberOffset == memberStart)
        let whole = try read(WARCBuilder.gzip(Self.records.flatMap { $0 }), chunkSize: chunkSize)
        #expect(whole.errors.isEmpty)
        #expect(whole.records.map(\.block) == plain.records.map(\.block))
        #expect(whole.statistics == plain.statistics)
    }

    @Test func aMalformedHeaderIsOneErrorAndTheReaderResyncs() throws {
        var broken = Self.records
        // Record 3's header loses the colon of one field.
        let text = String(decoding: broken[2], as: UTF8.self).replacingOccurrences(
            of: "WARC-Type: response", with: "WARC-Type response")
        broken[2] = Array(text.utf8)
        let offset = broken[0].count + broken[1].count
        let (records, errors, statistics) = try read(broken.flatMap { $0 }, chunkSize: 13)
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.code == .malformedRecord)
        #expect(error.description.hasPrefix("test.warc: record 3 at byte \(offset): malformed WARC header"))
        #expect(records.map(\.number) == [5, 6])
        #expect(statistics.malformed == 1)
    }

    @Test func aWrongContentLengthLeadsToAResync() throws {
        var broken = Self.records
        let text = String(decoding: broken[2], as: UTF8.self)
        let length = try #require(
            text.firstRange(of: "Content-Length: ").map { text[$0.upperBound...].prefix { $0.isNumber } })
        broken[2] = Array(text.replacingOccurrences(of: "Content-Length: \(length)", with: "Content-Length: 40").utf8)
        let (records, errors, _) = try read(broken.flatMap { $0 })
        #expect(records.first?.block.count == 40)  // the cut-short record is read as stated
        #expect(errors.count == 1)  // then its tail is not a header
        #expect(errors.first?.message.contains("after record 3: expected a WARC record, found other data") == true)
        #expect(records.suffix(2).map(\.number) == [5, 6])
    }

    @Test func aTruncatedFinalRecordIsAnErrorAfterTheOthers() throws {
        let bytes = Array(Self.records.flatMap { $0 }.dropLast(40))
        let (records, errors, _) = try read(bytes, chunkSize: 50)
        #expect(records.map(\.number) == [3, 5])
        #expect(errors.count == 1)
        #expect(errors.first?.description.contains("record 6 at byte") == true)
        #expect(errors.first?.description.contains("is truncated") == true)
        let gzipped = try read(Array(Self.records.flatMap { WARCBuilder.gzip($0) }.dropLast(30)))
        #expect(gzipped.records.map(\.number) == [3, 5])
        #expect(gzipped.errors.count == 1)
        #expect(gzipped.errors.first?.message.contains("truncated") == true)
    }

    @Test func anOversizeRecordIsSkippedWithAnError() throws {
        let big = WARCBuilder.response(uri: "https://valley.example/big", body: Array(repeating: 0x61, count: 5000))
        let bytes = Self.records[2] + big + Self.records[5]
        let (records, errors, statistics) = try read(bytes, chunkSize: 512, maximum: 2000)
        #expect(records.map(\.number) == [1, 3])
        #expect(errors.map(\.code) == [.tooLarge])
        #expect(errors.first?.message.contains("record 2 at byte \(Self.records[2].count)") == true)
        #expect(statistics.oversize == 1)
    }

    @Test func aCorruptGzipMemberLosesOnlyItsRecord() throws {
        var members = Self.records.map { WARCBuilder.gzip($0) }
        // Flip bytes in the middle of the third record's compressed data.
        for index in 20..<30 { members[2][index] ^= 0x5A }
        let (records, errors, _) = try read(members.flatMap { $0 }, chunkSize: 64)
        // The member broke inside the record's header, so the record is gone without a number of its own.
        #expect(records.map(\.header.targetURI) == ["https://valley.example/logo.png", "file:///archive/b.html"])
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.code == .malformedArchive)
        let memberStart = members.prefix(2).reduce(0) { $0 + $1.count }
        #expect(errors.first?.message == "gzip member at byte \(memberStart) is corrupt (zlib status -3)")
    }

    @Test func garbageAndEmptyInput() throws {
        let empty = try read([])
        #expect(empty.records.isEmpty && empty.errors.isEmpty && empty.statistics.records == 0)
        let junk = try read(Array("this is not a WARC file\nat all\n".utf8))
        #expect(junk.records.isEmpty)
        #expect(junk.errors.count == 1)
    }
}
