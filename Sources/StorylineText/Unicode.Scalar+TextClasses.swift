/// Character classes shared by the normaliser, the sentence splitter and the tokenizer.
///
/// ASCII is answered from the scalar value alone; Unicode properties are consulted only above it,
/// because `properties` lookups dominate the cost of the hot tokenising loops.
extension Unicode.Scalar {
    /// Letters, combining marks and decimal digits: the scalars a word token is made of.
    @inline(__always)
    var isWordScalar: Bool {
        let v = value
        if v < 0x80 {
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber:
            return true
        default:
            return false
        }
    }

    /// Any letter (not marks or digits).
    @inline(__always)
    var isLetterScalar: Bool {
        let v = value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) }
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return true
        default:
            return false
        }
    }

    /// A decimal digit in any script.
    @inline(__always)
    var isDigitScalar: Bool {
        let v = value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        return properties.generalCategory == .decimalNumber
    }

    /// A lowercase letter (Unicode `Lowercase_Letter`).
    @inline(__always)
    var isLowercaseLetter: Bool {
        let v = value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return properties.generalCategory == .lowercaseLetter
    }

    /// An uppercase or titlecase letter.
    @inline(__always)
    var isUppercaseLetter: Bool {
        let v = value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        let category = properties.generalCategory
        return category == .uppercaseLetter || category == .titlecaseLetter
    }

    /// Unicode `White_Space`, which includes NBSP, the typographic spaces and the line breaks.
    @inline(__always)
    var isSpaceScalar: Bool {
        let v = value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return properties.isWhitespace
    }

    /// A scalar that ends a line: LF, VT, FF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
    @inline(__always)
    var isLineBreak: Bool {
        let v = value
        return (v >= 0x0A && v <= 0x0D) || v == 0x85 || v == 0x2028 || v == 0x2029
    }

    /// An apostrophe that may sit inside a word ("what's", "l’homme", Ukrainian "м’ясо").
    @inline(__always)
    var isWordApostrophe: Bool {
        let v = value
        return v == 0x27 || v == 0x2019 || v == 0x02BC || v == 0x2018
    }

    /// A hyphen that may join two words ("NATO-Russia").
    @inline(__always)
    var isWordHyphen: Bool {
        let v = value
        return v == 0x2D || v == 0x2010 || v == 0x2011
    }

    /// A Han ideograph (CJK Unified Ideographs with extensions, compatibility ideographs, 々 and 〇).
    @inline(__always)
    var isHan: Bool {
        let v = value
        return (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0xF900 && v <= 0xFAFF)
            || (v >= 0x20000 && v <= 0x323AF) || v == 0x3005 || v == 0x3007
    }

    /// Hiragana or Katakana (including the half-width forms).
    @inline(__always)
    var isKana: Bool {
        let v = value
        return (v >= 0x3040 && v <= 0x30FF) || (v >= 0x31F0 && v <= 0x31FF) || (v >= 0xFF66 && v <= 0xFF9F)
    }

    /// Katakana (including the half-width forms and the phonetic extensions).
    @inline(__always)
    var isKatakana: Bool {
        let v = value
        return (v >= 0x30A0 && v <= 0x30FF) || (v >= 0x31F0 && v <= 0x31FF) || (v >= 0xFF66 && v <= 0xFF9F)
    }

    /// A double quotation mark of any style that folds to ASCII `"`.
    var isDoubleQuoteVariant: Bool {
        switch value {
        case 0x22, 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033, 0x2036, 0x301D, 0x301E, 0x301F,
            0xFF02, 0x2E42:
            return true
        default:
            return false
        }
    }

    /// A single quotation mark, apostrophe or prime that folds to ASCII `'`.
    var isSingleQuoteVariant: Bool {
        switch value {
        case 0x27, 0x2018, 0x2019, 0x201A, 0x201B, 0x2039, 0x203A, 0x2032, 0x2035, 0x02BC, 0xFF07:
            return true
        default:
            return false
        }
    }

    /// A dash or hyphen of any style that folds to ASCII `-`.
    ///
    /// Unicode `Dash_Punctuation` plus the minus sign, without the Japanese wave dashes and the katakana
    /// double hyphen, which are not dashes in use.
    var isDashVariant: Bool {
        let v = value
        if v < 0x80 { return v == 0x2D }
        if v == 0x2212 || v == 0x2043 || v == 0xFE63 || v == 0xFF0D { return true }
        if v == 0x301C || v == 0x3030 || v == 0x30A0 { return false }
        return properties.generalCategory == .dashPunctuation
    }

    /// Invisible scalars that only change rendering: zero-width space and joiners, word joiner,
    /// soft hyphen, byte-order mark, Mongolian vowel separator, invisible operators.
    var isInvisibleFormat: Bool {
        switch value {
        case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xFEFF, 0x180E, 0x200E,
            0x200F:
            return true
        default:
            return false
        }
    }
}
