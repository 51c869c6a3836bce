import Foundation
import StorylineCore

/// Test support: hand-written articles about four events — two earthquakes and two rehab check-ins in
/// the same weeks — with their gold story labels.
public struct EventFixture: Sendable {
    public var id: String
    public var story: String
    public var title: String
    public var text: String
    public var published: PublicationDate
    public var time: Int

    public static func load() throws -> [EventFixture] {
        let url = Bundle.module.url(forResource: "Resources", withExtension: nil)!.appendingPathComponent("events.jsonl")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: String]
            let published = PublicationDate(iso8601: object["published"]!)!
            return EventFixture(
                id: object["id"]!, story: object["story"]!, title: object["title"]!, text: object["text"]!,
                published: published, time: published.secondsSinceEpoch)
        }
    }

    /// The fixture as a stored article.
    public var article: Article {
        Article(
            id: id, source: "fixture:\(id)", title: title, published: published, language: "en", text: text,
            original: text)
    }
}
