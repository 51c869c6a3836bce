extension String {
    /// Whether `needle` occurs in this string, compared byte for byte in UTF-8 (no Unicode equivalence).
    ///
    /// The cleaner matches lower-cased, normalised lines against hundreds of phrases per article;
    /// `String.contains` goes through Foundation's locale-aware search there and dominated ingest time.
    func containsBytes(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { hay in
            needle.withUTF8 { pin in
                guard let first = pin.first else { return true }
                guard hay.count >= pin.count else { return false }
                let lastStart = hay.count - pin.count
                var index = 0
                while index <= lastStart {
                    // Scan for the first byte, then compare the rest.
                    if hay[index] == first {
                        var offset = 1
                        while offset < pin.count && hay[index + offset] == pin[offset] { offset += 1 }
                        if offset == pin.count { return true }
                    }
                    index += 1
                }
                return false
            }
        }
    }
}
