import Foundation

/// Normalises text for hashing and matching, so that typographic variants compare equal.
///
/// Applies Unicode NFKC, folds every quotation-mark style (“ ” „ ‟ « » ‹ › ‘ ’ ‚ ‛ ′ ″) to ASCII `"`
/// and `'`, every dash (‐ ‑ ‒ – — ― − ﹘ …) to `-`, every Unicode space (NBSP, thin, ideographic …) to
/// a plain space, and drops zero-width characters, soft hyphens and byte-order marks. With
/// `collapseWhitespace`, runs of white space (line breaks included) become one space and the ends are
/// trimmed.
///
/// The result is for comparison only; the stored clean text of an article keeps its typography.
///
/// ```swift
/// TextNormalizer(collapseWhitespace: true).normalize("„Nein“ –\u{00A0}sagt er")  // "\"Nein\" - sagt er"
/// ```
public struct TextNormalizer: Sendable, Hashable {
    /// Whether runs of white space become a single space and the ends are trimmed.
    public var collapseWhitespace: Bool

    /// Creates a normaliser.
    /// - Parameter collapseWhitespace: turn runs of white space into one space and trim the ends.
    public init(collapseWhitespace: Bool = false) {
        self.collapseWhitespace = collapseWhitespace
    }

    /// The normalised form of `text`. Complexity: O(n) in the number of scalars.
    public func normalize(_ text: String) -> String {
        // Fold before NFKC as well: NFKC would turn ″ into two primes (′′), which must become `"`.
        var source = text
        let (folded, isStable) = source.withUTF8 { Self.fold($0, collapsing: false) }
        // Text made only of scalars that NFKC leaves alone (ASCII, most Latin, Cyrillic, Greek letters …)
        // skips Foundation's NFKC, which costs more than everything else here together.
        if isStable {
            guard collapseWhitespace else { return String(decoding: folded, as: UTF8.self) }
            return String(
                decoding: folded.withUnsafeBufferPointer { Self.fold($0, collapsing: true).bytes }, as: UTF8.self)
        }
        var compatible = String(decoding: folded, as: UTF8.self).precomposedStringWithCompatibilityMapping
        return String(
            decoding: compatible.withUTF8 { Self.fold($0, collapsing: collapseWhitespace).bytes }, as: UTF8.self)
    }

    /// The folded UTF-8 of `bytes`, and whether NFKC would leave it unchanged (every scalar is one
    /// ``isCompatibilityStable(_:)`` accepts; `…` is written as `...`, which is what NFKC makes of it).
    private static func fold(_ bytes: UnsafeBufferPointer<UInt8>, collapsing: Bool) -> (bytes: [UInt8], isStable: Bool)
    {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var pendingSpace = false
        var isStable = true
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                if collapsing && (byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)) {
                    pendingSpace = !output.isEmpty
                    continue
                }
                if pendingSpace {
                    output.append(0x20)
                    pendingSpace = false
                }
                output.append(byte)
                continue
            }
            // One multi-byte scalar (the input is valid UTF-8).
            let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            var value = UInt32(byte) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
            for offset in 1..<width { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            let mapped: Unicode.Scalar?
            if scalar.isInvisibleFormat {
                mapped = nil
            } else if scalar.isDoubleQuoteVariant {
                mapped = "\""
            } else if scalar.isSingleQuoteVariant {
                mapped = "'"
            } else if scalar.properties.generalCategory == .spaceSeparator {
                mapped = " "
            } else if scalar.isDashVariant {
                mapped = "-"
            } else {
                mapped = scalar
            }
            guard let mapped else {
                index += width
                continue
            }
            if collapsing && mapped.isSpaceScalar {
                pendingSpace = !output.isEmpty
                index += width
                continue
            }
            if pendingSpace {
                output.append(0x20)
                pendingSpace = false
            }
            if mapped == scalar {
                if value == 0x2026 {
                    // What NFKC makes of an ellipsis, written here so the fast path can take it.
                    output.append(contentsOf: [0x2E, 0x2E, 0x2E])
                    index += width
                    continue
                }
                if isStable && !isCompatibilityStable(value) { isStable = false }
                for offset in 0..<width { output.append(bytes[index + offset]) }
            } else {
                // Every folded replacement is ASCII.
                output.append(UInt8(mapped.value))
            }
            index += width
        }
        return (output, isStable)
    }

    /// Whether NFKC leaves `value` unchanged wherever it stands: it has no compatibility or canonical
    /// decomposition, is not a combining mark and never composes with the scalar before it. A
    /// conservative list of ranges (checked against Unicode's data), for the fast path only.
    static func isCompatibilityStable(_ value: UInt32) -> Bool {
        switch value {
        case 0xA8, 0xAA, 0xAF, 0xB2, 0xB3, 0xB4, 0xB5, 0xB8, 0xB9, 0xBA, 0xBC, 0xBD, 0xBE: return false
        case 0xA1...0xFF: return true
        case 0x132, 0x133, 0x13F, 0x140, 0x149, 0x17F, 0x1C4...0x1CC, 0x1F1...0x1F3: return false
        case 0x100...0x24F: return true
        case 0x388...0x38A, 0x38C, 0x38E...0x3A1, 0x3A3...0x3CE: return true
        case 0x400...0x482, 0x48A...0x4FF: return true
        case 0x2020...0x2023, 0x2030, 0x2031, 0x20A0...0x20A7, 0x20A9...0x20BF: return true
        default: return false
        }
    }
}
