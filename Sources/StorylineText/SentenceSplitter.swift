import StorylineCore

/// Splits text into sentences. (Contract placeholder: the full implementation replaces this body.)
public struct SentenceSplitter: Sendable {
    public init() {}

    /// The sentences of `text`, with offsets in Unicode scalars, in order.
    public func sentences(in text: String) -> [TextSpan] {
        var result: [TextSpan] = []
        var current = ""
        var start = 0
        var offset = 0
        for scalar in text.unicodeScalars {
            if current.isEmpty, scalar.properties.isWhitespace {
                offset += 1
                start = offset
                continue
            }
            current.unicodeScalars.append(scalar)
            offset += 1
            if scalar == "." || scalar == "!" || scalar == "?" || scalar == "\n" {
                let trimmed = current.trimmingWhitespace()
                if !trimmed.isEmpty { result.append(TextSpan(text: trimmed, start: start, end: offset)) }
                current = ""
                start = offset
            }
        }
        let trimmed = current.trimmingWhitespace()
        if !trimmed.isEmpty { result.append(TextSpan(text: trimmed, start: start, end: offset)) }
        return result
    }
}
