import Foundation
import Testing

@testable import StorylineExtract

@Suite("OPMLDocument")
struct OPMLDocumentTests {
    @Test func readsNestedOutlinesWithFoldersAndCategories() throws {
        let list = try OPMLDocument(parsing: try FeedFixtures.bytes("list.opml"), file: "list.opml")
        #expect(list.title == "Local news")
        #expect(
            list.subscriptions.map(\.feedURL) == [
                "harbor.rss", "file:///FIXTURES/river.atom", "https://town.example/feed.json", "feed://old.example/rss",
                "ftp://files.example/feed.xml",
            ])
        let harbor = list.subscriptions[0]
        #expect(harbor.title == "Harbor Daily")
        #expect(harbor.type == "rss")
        #expect(harbor.siteURL == "https://harbor.example/")
        #expect(harbor.categories == ["/news/coast", "shipping"])
        #expect(harbor.folders == ["Coast"])
        let river = list.subscriptions[1]
        #expect(river.folders == ["Coast", "Inland"])
        #expect(river.language == "de")
        #expect(list.subscriptions[2].title == "Town Crier")
    }

    @Test func locatesFeedsRelativeToTheList() throws {
        let list = try OPMLDocument(parsing: try FeedFixtures.bytes("list.opml"), file: "list.opml")
        let locations = list.subscriptions.map { $0.location(relativeTo: "/data/lists/list.opml") }
        #expect(
            locations == [
                .file(path: "/data/lists/harbor.rss"), .file(path: "/FIXTURES/river.atom"),
                .web(url: "https://town.example/feed.json"), .web(url: "http://old.example/rss"),
                .unsupported("ftp://files.example/feed.xml"),
            ])
        let relative = FeedSubscription(feedURL: "../feeds/a.xml").location(relativeTo: "/data/lists/list.opml")
        #expect(relative == .file(path: "/data/feeds/a.xml"))
        let here = FeedSubscription(feedURL: "a.xml").location(relativeTo: nil)
        #expect(
            here
                == .file(
                    path: URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("a.xml")
                        .standardizedFileURL.path))
    }

    @Test func opml1WithoutHeadAndTheErrors() throws {
        let opml1 = #"<opml version="1.0"><body><outline text="A" xmlUrl="a.rss"/></body></opml>"#
        #expect(try OPMLDocument(parsing: Array(opml1.utf8), file: nil).subscriptions.map(\.title) == ["A"])
        let empty = #expect(throws: InputError.self) {
            try OPMLDocument(
                parsing: Array(#"<opml><body><outline text="folder"/></body></opml>"#.utf8), file: "e.opml")
        }
        #expect(empty?.code == .emptyInput)
        let notOPML = #expect(throws: InputError.self) {
            try OPMLDocument(parsing: Array("<rss/>".utf8), file: "r.opml")
        }
        #expect(notOPML?.code == .malformedFeed)
    }
}
