import Foundation
import StorylineCore
import Testing

@testable import StorylineExtract

struct JSONLinesReaderTests {
    private func drafts(_ text: String) -> [JSONLinesReader.Line] { JSONLinesReader().read(text, file: "in.jsonl") }

    @Test func readsEveryFieldOfTheProjectFormat() throws {
        let line = """
            {"id": "a1", "url": "https://example.org/a", "title": "T", "outlet": "O", "author": "A", \
            "published": "2024-10-15T10:12:00+02:00", "language": "en-GB", "text": "Body.", "story": "s1", "rank": 3}
            """
        guard case .article(let draft, let number) = try #require(drafts(line).first) else {
            Issue.record("expected an article")
            return
        }
        #expect(number == 1)
        #expect(draft.id == "a1" && draft.url == "https://example.org/a" && draft.title == "T")
        #expect(draft.outlet == "O" && draft.author == "A" && draft.language == "en")
        #expect(draft.published?.iso8601 == "2024-10-15T10:12:00+02:00")
        #expect(draft.original == "Body.")
        #expect(draft.extra == ["story": "s1", "rank": "3"])
    }

    @Test func readsHTMLInsteadOfText() throws {
        let line = #"{"html": "<html><body><article><p>The council approved the budget on Monday after a long debate.</p></article></body></html>"}"#
        guard case .article(let draft, _) = try #require(drafts(line).first) else {
            Issue.record("expected an article")
            return
        }
        #expect(draft.original.contains("council approved the budget"))
    }

    @Test(arguments: [
        (#"{"text": "ok"}"# + "\n" + #"{"text": "#, 2, "malformed JSON"),
        (#"["not", "an", "object"]"#, 1, "not a JSON object"),
        (#"{"text": 5}"#, 1, "field 'text': must be a string"),
        (#"{"title": "x"}"#, 1, "field 'text'"),
        (#"{"text": "x", "language": "english"}"#, 1, "field 'language'"),
        (#"{"text": "x", "published": "yesterday"}"#, 1, "field 'published'"),
        (#"{"text": "x", "url": ["a"]}"#, 1, "field 'url': must be a string"),
    ])
    func reportsTheLineAndFieldOfABadLine(input: String, line: Int, message: String) throws {
        let failures = drafts(input).compactMap { outcome -> InputError? in
            if case .failure(let error) = outcome { return error }
            return nil
        }
        let error = try #require(failures.first)
        #expect(error.line == line)
        #expect(error.description.hasPrefix("in.jsonl:\(line):"))
        #expect(error.description.contains(message), "\(error)")
    }

    @Test func skipsBlankLinesButCountsThem() {
        let outcomes = drafts("\n\n{\"text\": \"third line\"}\n")
        guard case .article(_, let number) = outcomes.first else {
            Issue.record("expected an article")
            return
        }
        #expect(number == 3)
    }
}
