import Foundation
import StorylineCore

/// Reads articles in the project's JSON Lines format: one JSON object per line with `id`, `url`,
/// `title`, `outlet`, `author`, `published` (ISO 8601), `language` (ISO 639-1) and `text` or `html`.
///
/// Other string or number fields (such as an evaluation file's gold `story`) are kept in
/// ``DocumentDraft/extra``. A bad line is reported with its number and the rest of the file goes on.
public struct JSONLinesReader: Sendable {
    /// One line's outcome.
    public enum Line: Sendable {
        case article(DocumentDraft, line: Int)
        case failure(InputError)
    }

    private static let stringFields = ["id", "url", "title", "outlet", "author", "published", "language"]
    private let htmlReader = HTMLArticleReader()

    public init() {}

    /// Every non-blank line of `text`, read into a draft or an error naming `file` and the line number.
    public func read(_ text: String, file: String) -> [Line] {
        var lines: [Line] = []
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            guard line.contains(where: { !$0.isWhitespace }) else { continue }
            lines.append(read(line: String(line), file: file, number: number))
        }
        if lines.isEmpty { lines.append(.failure(InputError(.emptyInput, "no JSON lines in input", file: file))) }
        return lines
    }

    /// One line's draft or error; what ``read(_:file:)`` does for every line.
    public func read(line: String, file: String, number: Int) -> Line {
        do {
            return .article(try readLine(line, file: file, number: number), line: number)
        } catch {
            return .failure(error)
        }
    }

    private func readLine(_ line: String, file: String, number: Int) throws(InputError) -> DocumentDraft {
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw InputError(.malformedJSON, "line is not a JSON object", file: file, line: number)
            }
            object = parsed
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError(.malformedJSON, "malformed JSON (\(Self.describe(error)))", file: file, line: number)
        }
        func fail(_ code: InputError.Code, _ field: String, _ message: String) -> InputError {
            InputError(code, message, file: file, line: number, field: field)
        }
        var strings: [String: String] = [:]
        for field in Self.stringFields {
            switch object[field] {
            case nil, is NSNull: continue
            case let value as String: if !value.isEmpty { strings[field] = value }
            case let value as NSNumber where field == "id": strings[field] = value.stringValue
            default: throw fail(.invalidField, field, "must be a string")
            }
        }
        var published: PublicationDate?
        if let value = strings["published"] {
            guard let date = PublicationDate(iso8601: value) ?? DateTextParser().firstDate(in: value)?.date else {
                throw fail(.invalidField, "published", "'\(value)' is not an ISO 8601 date")
            }
            published = date
        }
        if let language = strings["language"], !Self.isLanguageCode(language) {
            throw fail(.invalidField, "language", "'\(language)' is not an ISO 639-1 code")
        }
        var draft: DocumentDraft
        if let text = object["text"] as? String, text.contains(where: { !$0.isWhitespace }) {
            let unixText = text.utf8.contains(0x0D) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
            draft = DocumentDraft(original: unixText)
        } else if let html = object["html"] as? String, !html.isEmpty {
            draft = try htmlReader.read(Array(html.utf8), url: strings["url"], file: "\(file):\(number)")
        } else if object["text"] != nil && !(object["text"] is String) {
            throw fail(.invalidField, "text", "must be a string")
        } else {
            throw fail(.missingField, "text", "needs a non-empty 'text' or 'html'")
        }
        draft.id = strings["id"] ?? draft.id
        draft.url = strings["url"] ?? draft.url
        draft.title = strings["title"] ?? draft.title
        draft.outlet = strings["outlet"] ?? draft.outlet
        draft.author = strings["author"] ?? draft.author
        draft.published = published ?? draft.published
        draft.language = strings["language"].map { String($0.prefix(2)).lowercased() } ?? draft.language
        for (key, value) in object where !Self.stringFields.contains(key) && key != "text" && key != "html" {
            if let string = value as? String {
                draft.extra[key] = string
            } else if let number = value as? NSNumber {
                draft.extra[key] = number.stringValue
            }
        }
        return draft
    }

    private static func isLanguageCode(_ code: String) -> Bool {
        let letters = code.split(separator: "-").first ?? ""
        return letters.count == 2 && letters.allSatisfy { $0.isASCII && $0.isLetter }
    }

    private static func describe(_ error: any Error) -> String {
        let description = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        return description ?? "\(error)"
    }
}
