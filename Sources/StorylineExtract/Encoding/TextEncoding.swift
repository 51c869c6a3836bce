/// A character encoding that Storyline can decode, named as the WHATWG Encoding Standard names it.
///
/// Labels map to encodings as browsers map them (``init(label:)``): `latin1`, `iso-8859-1` and
/// `us-ascii` are windows-1252, `gb2312` and `gbk` decode as GB18030, `x-sjis` is Shift_JIS (Windows-31J),
/// `euc-kr` is windows-949. Decoding goes through ICU converters (``TextEncodingDecoder``).
///
/// ```swift
/// TextEncoding(label: "CP1251")?.name        // "windows-1251"
/// TextEncoding(label: " latin1 ") == .windows1252  // true
/// ```
public struct TextEncoding: Hashable, Sendable, CustomStringConvertible {
    /// The encoding's WHATWG name: `UTF-8`, `windows-1251`, `Shift_JIS`, `GBK`, `KOI8-R` …
    public let name: String
    /// The ICU converter that decodes it; an ICU alias picked to match the WHATWG decoder's mapping.
    let converterName: String

    init(_ name: String, converter: String) {
        self.name = name
        self.converterName = converter
    }

    public var description: String { name }

    /// Whether this is UTF-8 (decoding then needs no conversion, only validation).
    public var isUTF8: Bool { name == "UTF-8" }

    /// Whether this is UTF-16, little- or big-endian.
    public var isUTF16: Bool { name == "UTF-16LE" || name == "UTF-16BE" }

    /// Whether ASCII bytes always mean ASCII characters: true for every encoding here except UTF-16 and
    /// ISO-2022-JP, so a declaration written in ASCII can only be trusted for these.
    public var isASCIICompatible: Bool { !isUTF16 && name != "ISO-2022-JP" }

    /// UTF-8, the web's and Storyline's own encoding.
    public static let utf8 = TextEncoding("UTF-8", converter: "UTF-8")
    /// UTF-16, little-endian (also what the bare label `utf-16` means).
    public static let utf16LE = TextEncoding("UTF-16LE", converter: "UTF-16LE")
    /// UTF-16, big-endian.
    public static let utf16BE = TextEncoding("UTF-16BE", converter: "UTF-16BE")
    /// The web's default for undeclared legacy pages; also what `iso-8859-1`, `latin1` and `ascii` mean.
    public static let windows1252 = TextEncoding("windows-1252", converter: "windows-1252")
    /// windows-1250, Central European (Czech, Polish, Hungarian …).
    public static let windows1250 = TextEncoding("windows-1250", converter: "windows-1250")
    /// windows-1251, Cyrillic.
    public static let windows1251 = TextEncoding("windows-1251", converter: "windows-1251")
    /// ISO-8859-2 (Latin-2, Central European).
    public static let isoLatin2 = TextEncoding("ISO-8859-2", converter: "ISO-8859-2")
    /// KOI8-R, the older Russian Cyrillic encoding.
    public static let koi8R = TextEncoding("KOI8-R", converter: "KOI8-R")
    /// Shift_JIS as browsers read it: Microsoft's Windows-31J (cp932) extension.
    public static let shiftJIS = TextEncoding("Shift_JIS", converter: "ibm-943_P15A-2003")
    /// GBK labels (`gb2312`, `gbk`, `chinese` …); decoded with GB18030, its superset, as WHATWG prescribes.
    public static let gbk = TextEncoding("GBK", converter: "gb18030")
    /// GB18030, the Chinese national standard covering all of Unicode.
    public static let gb18030 = TextEncoding("gb18030", converter: "gb18030")
    /// Big5 (traditional Chinese), decoded as Big5-HKSCS as WHATWG prescribes.
    public static let big5 = TextEncoding("Big5", converter: "ibm-1375_P100-2008")
    /// EUC-JP (Japanese).
    public static let eucJP = TextEncoding("EUC-JP", converter: "euc-jp-2007")
    /// EUC-KR labels; decoded as Microsoft's superset windows-949 (Unified Hangul Code), as WHATWG does.
    public static let eucKR = TextEncoding("EUC-KR", converter: "windows-949-2000")
}
