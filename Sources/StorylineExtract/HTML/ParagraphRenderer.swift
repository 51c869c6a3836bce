/// White-space handling shared by the content and metadata extractors.
enum ParagraphRenderer {
    /// `text` with every run of white space made one space, trimmed at both ends.
    static func collapsingWhitespace(_ text: String) -> String {
        BlockRenderer.collapsed(Array(text.utf8)) ?? ""
    }
}
