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
        let folded = fold(text, collapsing: false)
        let compatible = folded.precomposedStringWithCompatibilityMapping
        return fold(compatible, collapsing: collapseWhitespace)
    }

    private func fold(_ text: String, collapsing: Bool) -> String {
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                if collapsing && scalar.isSpaceScalar {
                    pendingSpace = !output.isEmpty
                    continue
                }
                if pendingSpace {
                    output.append(" ")
                    pendingSpace = false
                }
                output.append(scalar)
                continue
            }
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
            guard let mapped else { continue }
            if collapsing && mapped.isSpaceScalar {
                pendingSpace = !output.isEmpty
                continue
            }
            if pendingSpace {
                output.append(" ")
                pendingSpace = false
            }
            output.append(mapped)
        }
        return String(output)
    }
}
