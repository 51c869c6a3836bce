import Foundation
import Testing

/// Loads the pages under `Fixtures/encodings/`: UTF-8 originals in `source/`, and the same pages converted
/// with `iconv` by `make-fixtures.sh` (named `<language>-<charset>-<declaration>.html`).
enum EncodingFixtures {
    static func bytes(_ name: String) throws -> [UInt8] {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return Array(try Data(contentsOf: folder.appendingPathComponent("encodings").appendingPathComponent(name)))
    }

    /// The UTF-8 original a fixture was made from: `ru` for `ru-koi8-r-none.html`.
    static func source(_ language: String) throws -> String {
        String(decoding: try bytes("source/\(language).html"), as: UTF8.self)
    }

    /// Everything from `<body>` on, where the declarations (which differ between fixtures) are not.
    static func body(of page: String) -> Substring {
        guard let start = page.range(of: "<body>") else { return page[page.endIndex...] }
        return page[start.lowerBound...]
    }

    /// Every encoded page, for the fuzz test.
    static let allPages = [
        "cs-iso-8859-2-meta.html", "cs-iso-8859-2-none.html", "cs-windows-1250-none.html", "de-windows-1252-meta.html",
        "de-windows-1252-none.html", "fr-iso-8859-1-meta.html", "fr-windows-1252-none.html", "ja-euc-jp-pragma.html",
        "ja-shift_jis-meta.html", "ja-shift_jis-none.html", "ja-utf-16be-bom.html", "ko-euc-kr-meta.html",
        "pl-iso-8859-2-meta.html", "pl-iso-8859-2-none.html", "ru-koi8-r-none.html", "ru-koi8-r-pragma.html",
        "ru-koi8-r-wrong-meta.html", "ru-utf-16le-bom.html", "ru-utf-8-mislabelled.html", "ru-windows-1251-meta.html",
        "ru-windows-1251-none.html", "zh-gb18030-xml.html", "zh-gbk-meta.html", "zh-gbk-none.html",
    ]
}
