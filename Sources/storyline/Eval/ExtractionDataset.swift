import Foundation
import StorylineExtract

/// A folder of saved pages with gold extractions: WCXB (`html/` + `ground-truth/NNNN.json`) or
/// trafilatura's evaluation set (`html/` + `gold.json` with must / must-not phrases).
struct ExtractionDataset {
    enum Kind: String {
        case wcxb = "WCXB"
        case trafilaturaEval = "trafilatura-eval"
    }

    /// One page and what is known to be right about it.
    struct Page {
        var file: String
        var path: String
        var url: String?
        var pageType: String?
        var mainContent: String?
        var with: [String] = []
        var without: [String] = []
        var title: String?
        var author: String?
        var date: String?
    }

    var kind: Kind
    var folder: String
    var pages: [Page]

    /// Reads the gold data under `folder`; throws a one-line error when it is neither layout.
    init(folder: String) throws {
        self.folder = folder
        let files = FileManager.default
        let html = (folder as NSString).appendingPathComponent("html")
        let groundTruth = (folder as NSString).appendingPathComponent("ground-truth")
        let gold = (folder as NSString).appendingPathComponent("gold.json")
        if files.fileExists(atPath: groundTruth) {
            kind = .wcxb
            pages = try Self.wcxbPages(groundTruth: groundTruth, html: html)
        } else if files.fileExists(atPath: gold) {
            kind = .trafilaturaEval
            pages = try Self.trafilaturaPages(gold: gold, html: html)
        } else {
            throw CommandFailure("\(folder): neither ground-truth/ (WCXB) nor gold.json (trafilatura-eval) found")
        }
        pages.sort { $0.file < $1.file }
    }

    private static func wcxbPages(groundTruth: String, html: String) throws -> [Page] {
        let names = try FileManager.default.contentsOfDirectory(atPath: groundTruth).filter { $0.hasSuffix(".json") }
        return try names.map { name in
            let path = (groundTruth as NSString).appendingPathComponent(name)
            guard let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
                as? [String: Any], let truth = object["ground_truth"] as? [String: Any]
            else { throw CommandFailure("\(path): not a WCXB ground-truth object") }
            let id = String(name.dropLast(5))
            let internalInfo = object["_internal"] as? [String: Any]
            let pageType = (internalInfo?["page_type"] as? [String: Any])?["primary"] as? String
            return Page(
                file: "\(id).html.gz", path: (html as NSString).appendingPathComponent("\(id).html.gz"),
                url: object["url"] as? String, pageType: pageType, mainContent: truth["main_content"] as? String,
                with: truth["with"] as? [String] ?? [], without: truth["without"] as? [String] ?? [],
                title: nonEmpty(truth["title"]), author: nonEmpty(truth["author"]), date: nonEmpty(truth["publish_date"]))
        }
    }

    private static func trafilaturaPages(gold: String, html: String) throws -> [Page] {
        guard let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: gold)))
            as? [String: [String: Any]]
        else { throw CommandFailure("\(gold): not a map of file name to gold object") }
        return object.map { key, entry in
            let file = entry["file"] as? String ?? key
            let url = entry["url"] as? String
            return Page(
                file: file, path: (html as NSString).appendingPathComponent(file),
                url: url.flatMap { $0.hasPrefix("http") ? $0 : nil }, pageType: nil, mainContent: nil,
                with: entry["with"] as? [String] ?? [], without: entry["without"] as? [String] ?? [],
                title: nonEmpty(entry["title"]), author: nonEmpty(entry["author"]), date: nonEmpty(entry["date"]))
        }
    }

    private static func nonEmpty(_ value: Any?) -> String? {
        guard let text = (value as? String)?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else {
            return nil
        }
        return text
    }

    /// The page's bytes, gunzipped.
    func bytes(of page: Page) throws -> [UInt8] {
        let data = try Data(contentsOf: URL(fileURLWithPath: page.path))
        guard page.path.hasSuffix(".gz") else { return Array(data) }
        return Array(try Gunzip.decompress(data, maximumSize: 256 * 1024 * 1024))
    }
}
