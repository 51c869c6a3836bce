extension String {
    /// The string without leading and trailing white space and newlines (no Foundation needed).
    public func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }

    /// The string without the characters at either end for which `isEdge` holds ("» Share:" → "Share"
    /// with white space and punctuation as edges).
    public func trimming(_ isEdge: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !isEdge($0) }), let last = lastIndex(where: { !isEdge($0) })
        else { return "" }
        return String(self[first...last])
    }
}
