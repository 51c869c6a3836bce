import Foundation

extension WARCRecord {
    /// The `request` and `response` records of one exchange, the request pointing to the response.
    static func records(for exchange: HTTPExchange, warcinfoID: String?) -> [WARCRecord] {
        let responseID = newID()
        var requestHead = exchange.requestLine + "\r\n"
        for (name, value) in exchange.requestHeaders { requestHead += "\(name): \(value)\r\n" }
        requestHead += "\r\n"
        let requestBlock = Array(requestHead.utf8)

        var responseHead = "\(exchange.version) \(exchange.status) \(exchange.reason)\r\n"
        // The client hands the body over de-chunked, so a chunked transfer coding would misdescribe it.
        for (name, value) in exchange.responseHeaders where name.lowercased() != "transfer-encoding" {
            responseHead += "\(name): \(value)\r\n"
        }
        responseHead += "\r\n"
        let responseBlock = Array(responseHead.utf8) + exchange.body

        var common = [Field("WARC-Target-URI", exchange.url.absoluteString)]
        if let warcinfoID { common.append(Field("WARC-Warcinfo-ID", warcinfoID)) }
        var responseFields =
            common + [
                Field("WARC-Block-Digest", digest(responseBlock)), Field("WARC-Payload-Digest", digest(exchange.body)),
            ]
        if exchange.truncated { responseFields.append(Field("WARC-Truncated", "length")) }
        responseFields.append(Field("Content-Type", "application/http;msgtype=response"))
        let requestFields =
            common + [
                Field("WARC-Concurrent-To", responseID), Field("WARC-Block-Digest", digest(requestBlock)),
                Field("Content-Type", "application/http;msgtype=request"),
            ]
        return [
            WARCRecord(type: "request", date: exchange.date, fields: requestFields, block: requestBlock),
            WARCRecord(
                type: "response", id: responseID, date: exchange.date, fields: responseFields, block: responseBlock),
        ]
    }
}
