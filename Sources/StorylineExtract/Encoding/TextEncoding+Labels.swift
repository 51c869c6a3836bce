extension TextEncoding {
    /// The encoding a charset label names, following the WHATWG Encoding Standard's label table; nil for
    /// labels it does not list, for `replacement` labels (ISO-2022-KR, HZ …) and for the few encodings
    /// ICU has no converter for here (ISO-8859-16, x-user-defined).
    ///
    /// Surrounding ASCII whitespace is ignored and matching is case-insensitive, as in browsers.
    public init?(label: some StringProtocol) {
        self.init(labelBytes: label.utf8)
    }

    /// ``init(label:)`` for a label still in bytes, as the markup prescan finds it.
    init?(labelBytes: some Collection<UInt8>) {
        guard labelBytes.count <= 256 else { return nil }
        var key = Array(labelBytes)[...]
        while let first = key.first, Self.isASCIIWhitespace(first) { key = key.dropFirst() }
        while let last = key.last, Self.isASCIIWhitespace(last) { key = key.dropLast() }
        guard !key.isEmpty, key.count <= 64 else { return nil }
        let lowered = key.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        guard let found = Self.labels[String(decoding: lowered, as: UTF8.self)] else { return nil }
        self = found
    }

    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    /// Lower-case label → encoding. Single-byte encodings use ICU's converter of the same name, whose
    /// tables match WHATWG's (windows-1252 maps 0x81 to U+0081, for example).
    static let labels: [String: TextEncoding] = {
        var table: [String: TextEncoding] = [:]
        func add(_ encoding: TextEncoding, _ labels: [String]) {
            for label in labels { table[label] = encoding }
        }
        func single(_ name: String, _ labels: [String]) {
            add(TextEncoding(name, converter: name), labels)
        }
        add(.utf8, ["unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"])
        add(.utf16BE, ["unicodefffe", "utf-16be"])
        add(.utf16LE, ["csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le"])
        add(
            .windows1252,
            [
                "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100",
                "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252",
                "x-cp1252",
            ])
        add(.windows1250, ["cp1250", "windows-1250", "x-cp1250"])
        add(.windows1251, ["cp1251", "windows-1251", "x-cp1251"])
        add(
            .isoLatin2,
            [
                "csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2", "iso_8859-2:1987",
                "l2",
                "latin2",
            ])
        add(.koi8R, ["cskoi8r", "koi", "koi8", "koi8-r", "koi8_r"])
        add(.shiftJIS, ["csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis"])
        add(
            .gbk,
            ["chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk", "iso-ir-58", "x-gbk"])
        add(.gb18030, ["gb18030"])
        add(.big5, ["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"])
        add(.eucJP, ["cseucpkdfmtjapanese", "euc-jp", "x-euc-jp"])
        add(
            .eucKR,
            [
                "cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987", "ks_c_5601-1989",
                "ksc5601", "ksc_5601", "windows-949",
            ])
        add(TextEncoding("ISO-2022-JP", converter: "ISO_2022,locale=ja,version=0"), ["csiso2022jp", "iso-2022-jp"])
        add(TextEncoding("IBM866", converter: "ibm-866_P100-1995"), ["866", "cp866", "csibm866", "ibm866"])
        single(
            "ISO-8859-3",
            [
                "csisolatin3", "iso-8859-3", "iso-ir-109", "iso8859-3", "iso88593", "iso_8859-3", "iso_8859-3:1988",
                "l3",
                "latin3",
            ])
        single(
            "ISO-8859-4",
            [
                "csisolatin4", "iso-8859-4", "iso-ir-110", "iso8859-4", "iso88594", "iso_8859-4", "iso_8859-4:1988",
                "l4",
                "latin4",
            ])
        single(
            "ISO-8859-5",
            [
                "csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144", "iso8859-5", "iso88595", "iso_8859-5",
                "iso_8859-5:1988",
            ])
        single(
            "ISO-8859-6",
            [
                "arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114", "iso-8859-6",
                "iso-8859-6-e", "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596", "iso_8859-6", "iso_8859-6:1987",
            ])
        single(
            "ISO-8859-7",
            [
                "csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-8859-7", "iso-ir-126", "iso8859-7",
                "iso88597", "iso_8859-7", "iso_8859-7:1987", "sun_eu_greek",
            ])
        single(
            "ISO-8859-8",
            [
                "csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8", "iso-8859-8-e", "iso-ir-138", "iso8859-8",
                "iso88598", "iso_8859-8", "iso_8859-8:1988", "visual",
            ])
        // Logical and visual Hebrew differ only in display order; the bytes decode the same.
        add(TextEncoding("ISO-8859-8-I", converter: "ISO-8859-8"), ["csiso88598i", "iso-8859-8-i", "logical"])
        single("ISO-8859-10", ["csisolatin6", "iso-8859-10", "iso-ir-157", "iso8859-10", "iso885910", "l6", "latin6"])
        single("ISO-8859-13", ["iso-8859-13", "iso8859-13", "iso885913"])
        single("ISO-8859-14", ["iso-8859-14", "iso8859-14", "iso885914"])
        single("ISO-8859-15", ["csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9"])
        single("KOI8-U", ["koi8-ru", "koi8-u"])
        single("macintosh", ["csmacintosh", "mac", "macintosh", "x-mac-roman"])
        single("x-mac-cyrillic", ["x-mac-cyrillic", "x-mac-ukrainian"])
        single("windows-874", ["dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874"])
        single("windows-1253", ["cp1253", "windows-1253", "x-cp1253"])
        single(
            "windows-1254",
            [
                "cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599", "iso_8859-9",
                "iso_8859-9:1989", "l5", "latin5", "windows-1254", "x-cp1254",
            ])
        single("windows-1255", ["cp1255", "windows-1255", "x-cp1255"])
        single("windows-1256", ["cp1256", "windows-1256", "x-cp1256"])
        single("windows-1257", ["cp1257", "windows-1257", "x-cp1257"])
        single("windows-1258", ["cp1258", "windows-1258", "x-cp1258"])
        return table
    }()
}
