import Testing

@testable import StorylineExtract

/// The tokenizer rules, one row per rule: markup and the body it gives (see ``HTMLTreeSerialization``).
@Suite("HTML tokenizer")
struct HTMLTokenizerTests {
    @Test(arguments: [
        // Attributes: quoted, unquoted, without value, spaced, upper case, duplicates (the first wins)
        (
            "<div a=1 b='2' c=\"3\" d e = \"5\" f=g/h>x</div>",
            "<div a=\"1\" b=\"2\" c=\"3\" d=\"\" e=\"5\" f=\"g/h\">x</div>"
        ),
        ("<DIV CLASS=Big ID=\"Main\">x</DIV>", "<div class=\"Big\" id=\"Main\">x</div>"),
        ("<div a=1 A=2 a=3>x</div>", "<div a=\"1\">x</div>"),
        ("<div a=\"1\"b=2>x</div>", "<div a=\"1\" b=\"2\">x</div>"),
        ("<div =a>x</div>", "<div =a=\"\">x</div>"),
        ("<p/class=x>y", "<p class=\"x\">y</p>"),
        ("<a href=\"a>b\">x</a>", "<a href=\"a>b\">x</a>"),
        // Text that is not a tag
        ("a < b", "a < b"),
        ("a<3 and b>2", "a<3 and b>2"),
        ("x<", "x<"),
        ("x</", "x</"),
        ("</>a", "a"),
        ("a</ b>c", "ac"),
        ("a</3>c", "ac"),
        // Comments, doctypes, processing instructions
        ("a<!-- <p>b</p> -->c", "ac"),
        ("a<!-->b", "ab"),
        ("a<!--->b", "ab"),
        ("a<!-- x --!>b", "ab"),
        ("a<!-- x -- y -->b", "ab"),
        ("a<!-- never closed <p>b", "a"),
        ("<!DOCTYPE html>a", "a"),
        ("<?xml version=\"1.0\"?>a", "a"),
        ("a<!ELEMENT x>b", "ab"),
        // CDATA is text in SVG and a comment elsewhere
        ("<svg><![CDATA[x<y]]></svg>", "<svg>x<y</svg>"),
        ("a<![CDATA[x]]>b", "ab"),
        // Raw text, found ignoring case; only JSON-LD script text is kept
        ("<body><script>if (a<b) \"</p>\"</script>x", "<script></script>x"),
        ("<body><script>a</scriptx>b</SCRIPT >c", "<script></script>c"),
        (
            "<body><script type=\"application/ld+json\">{\"a\":\"<b>&amp;\"}</script>",
            "<script type=\"application/ld+json\">{\"a\":\"<b>&amp;\"}</script>"
        ),
        ("<body><style>p::after{content:'</p>'}</STYLE>x", "<style></style>x"),
        ("<body><title>a &amp; <b></title>x", "<title>a & <b></title>x"),
        ("<textarea><p>&lt;</textarea>", "<textarea><p><</textarea>"),
        ("<xmp><b>&amp;</b></xmp>", "<xmp><b>&amp;</b></xmp>"),
        ("<iframe src=x><p>fallback</p></iframe>y", "<iframe src=\"x\"></iframe>y"),
        ("<noembed>x</noembed>y", "<noembed></noembed>y"),
        ("<plaintext><b>x</b>&amp;", "<plaintext><b>x</b>&amp;</plaintext>"),
        ("<body><script>never closed <p>text", "<script></script>"),
        // Raw-text elements without an end tag are empty, and what follows is markup
        ("<iframe src=x><p>text", "<iframe src=\"x\"></iframe><p>text</p>"),
        ("<body><title>text <b>bold", "<title></title>text <b>bold</b>"),
        // Cut off inside a tag: the tag is dropped
        ("a<div class=\"x", "a"),
        ("a<div class=x", "a"),
        ("a<div", "a"),
        ("a</div", "a"),
        // NUL bytes
        ("a\u{0}b", "ab"),
        ("<p title=\"a\u{0}b\">x", "<p title=\"a\u{FFFD}b\">x</p>"),
    ])
    func tokenizes(markup: String, expected: String) {
        #expect(HTMLTreeSerialization.body(markup) == expected)
    }

    @Test(arguments: [
        // In text
        ("&amp;", "&"),
        ("&amp", "&"),
        ("&ampx", "&x"),
        ("&AMP;", "&"),
        ("&eacute;t&eacute;", "été"),
        ("&copy 2024", "© 2024"),
        ("&notin;", "∉"),
        ("&notit;", "¬it;"),
        ("&NotSquareSubsetEqual;", "⋢"),
        ("&acE;", "\u{223E}\u{333}"),
        ("&nbsp;", "\u{A0}"),
        ("&unknown;", "&unknown;"),
        ("& amp;", "& amp;"),
        ("&", "&"),
        ("&#233;", "é"),
        ("&#xE9;", "é"),
        ("&#X41", "A"),
        ("&#65x", "Ax"),
        ("&#128;", "€"),
        ("&#150;", "–"),
        ("&#x81;", "\u{81}"),
        ("&#0;", "\u{FFFD}"),
        ("&#xD800;", "\u{FFFD}"),
        ("&#x110000;", "\u{FFFD}"),
        ("&#99999999999;", "\u{FFFD}"),
        ("&#;", "&#;"),
        ("&#x;", "&#x;"),
    ])
    func decodesReferencesInText(markup: String, expected: String) throws {
        let document = try #require(HTMLDocument(bytes: Array("<p>\(markup)</p>".utf8)))
        #expect(document.body?.textContent == expected)
    }

    @Test(arguments: [
        ("a&amp;b", "a&b"),
        ("a&ampb", "a&ampb"),
        ("?a=1&copy=2", "?a=1&copy=2"),
        ("?a=1&amp=2", "?a=1&amp=2"),
        ("&copy 2024", "© 2024"),
        ("&copy;=", "©="),
        ("&eacute;", "é"),
        ("&#38;", "&"),
        ("&notit;", "&notit;"),
    ])
    func decodesReferencesInAttributes(value: String, expected: String) throws {
        let document = try #require(HTMLDocument(bytes: Array("<a title=\"\(value)\">x</a>".utf8)))
        #expect(document.body?.firstChild?.attribute("title") == expected)
    }
}
