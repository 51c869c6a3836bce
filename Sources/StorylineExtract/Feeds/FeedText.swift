/// A piece of entry text and how to read it: as HTML markup, or as plain text.
public struct FeedText: Sendable, Hashable {
    /// How ``value`` is written.
    public enum Kind: String, Sendable, Hashable {
        /// HTML markup (RSS `description` and `content:encoded`, Atom `type="html"` and `"xhtml"`,
        /// JSON Feed `content_html`), already decoded once from the feed's XML or JSON.
        case html
        /// Plain text, taken as it is.
        case text
    }

    public var kind: Kind
    public var value: String

    /// Text of the given kind.
    public init(_ kind: Kind, _ value: String) {
        self.kind = kind
        self.value = value
    }

    /// Whether there is anything but white space.
    public var isBlank: Bool { !value.contains { !$0.isWhitespace } }
}

extension FeedText {
    /// The text on one line without markup: for `.html`, tags dropped and entities decoded (once); white
    /// space collapsed. For titles and names, not for bodies (which go through the HTML reader).
    var plainText: String {
        var text = value
        if kind == .html {
            var stripped = ""
            let characters = Array(value)
            var index = 0
            while index < characters.count {
                let character = characters[index]
                let next = index + 1 < characters.count ? characters[index + 1] : " "
                if character == "<", next.isLetter || next == "/" || next == "!",
                    let close = characters[index...].firstIndex(of: ">")
                {
                    index = close + 1
                } else {
                    stripped.append(character)
                    index += 1
                }
            }
            text = HTMLEntityDecoder.decode(stripped)
        }
        return ParagraphRenderer.collapsingWhitespace(text)
    }
}
