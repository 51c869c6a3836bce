import Testing

@testable import StorylineExtract

/// The tree construction rules, one row per rule: the markup and the body it must give.
@Suite("HTML tree builder")
struct HTMLTreeBuilderTests {
    @Test(arguments: [
        // Implied end tags
        ("<p>a<p>b", "<p>a</p><p>b</p>"),
        ("<p>a<div>b</div>", "<p>a</p><div>b</div>"),
        ("<p>a<ul><li>b</ul>", "<p>a</p><ul><li>b</li></ul>"),
        ("<p>a<table><tr><td>b</table>", "<p>a</p><table><tr><td>b</td></tr></table>"),
        ("<p>a<span>b<h2>c</h2>", "<p>a<span>b</span></p><h2>c</h2>"),
        ("<p>a</p></p>b", "<p>a</p><p></p>b"),
        ("<ul><li>a<li>b</ul>", "<ul><li>a</li><li>b</li></ul>"),
        ("<ul><li>a<ul><li>b</ul><li>c</ul>", "<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>"),
        ("<li>a<div><li>b", "<li>a<div></div></li><li>b</li>"),
        ("<dl><dt>a<dd>b<dt>c</dl>", "<dl><dt>a</dt><dd>b</dd><dt>c</dt></dl>"),
        ("<select><option>a<option>b</select>c", "<select><option>a</option><option>b</option></select>c"),
        ("<h1>a<h2>b</h2>", "<h1>a</h1><h2>b</h2>"),
        ("<h1>a</h2>b", "<h1>a</h1>b"),
        ("<button>a<button>b", "<button>a</button><button>b</button>"),
        ("<ruby>a<rt>b<rt>c</ruby>", "<ruby>a<rt>b</rt><rt>c</rt></ruby>"),
        ("<p>a<li>b", "<p>a</p><li>b</li>"),
        // Tables without foster parenting: nothing moves, nothing is lost
        ("<table><tr><td>a<td>b<tr><td>c</table>", "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>"),
        (
            "<table><thead><tr><th>h<tbody><tr><td>d</table>",
            "<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>d</td></tr></tbody></table>"
        ),
        ("<table>loose<tr><td>a</td>x</tr></table>", "<table>loose<tr><td>a</td>x</tr></table>"),
        ("<table><tr><td><div>a<td>b</table>", "<table><tr><td><div>a</div></td><td>b</td></tr></table>"),
        (
            "<table><tr><td><table><tr><td>in</table>out<td>next</table>",
            "<table><tr><td><table><tr><td>in</td></tr></table>out</td><td>next</td></tr></table>"
        ),
        ("<td>cell</td><tr>row", "cellrow"),
        // End tags close up to their element only when it is in scope; stray ones are ignored
        ("</div>x", "x"),
        ("<div>a</span>b</div>", "<div>ab</div>"),
        ("<div><span>a</div>b", "<div><span>a</span></div>b"),
        ("<b><div>a</b>c</div>d", "<b><div>ac</div>d</b>"),
        ("<p><b>x</p>y", "<p><b>x</b></p>y"),
        ("<table><tr><td><div>a</table>b", "<table><tr><td><div>a</div></td></tr></table>b"),
        ("<div><table><tr><td>a</div>b</table>", "<div><table><tr><td>ab</td></tr></table></div>"),
        ("<ul><li>a</ul></li>b", "<ul><li>a</li></ul>b"),
        // Nested links and forms
        ("<a href=1>x<a href=2>y", "<a href=\"1\">x</a><a href=\"2\">y</a>"),
        ("<a href=1><div>x<a href=2>y</div>", "<a href=\"1\"><div>x<a href=\"2\">y</a></div></a>"),
        ("<form id=a><form id=b>x</form>y", "<form id=\"a\">x</form>y"),
        ("<form><div>a</form>b</div>c", "<form><div>ab</div></form>c"),
        // Void elements and self-closing syntax
        ("<p>a<br>b<img src=x>c<hr>d", "<p>a<br></br>b<img src=\"x\"></img>c</p><hr></hr>d"),
        ("</br>x", "<br></br>x"),
        ("<image src=a>", "<img src=\"a\"></img>"),
        ("<div/>text", "<div>text</div>"),
        ("<x-widget/>text", "<x-widget></x-widget>text"),
        ("<x-widget>text", "<x-widget>text</x-widget>"),
        // Foreign content
        ("<svg><path/><g><circle></g></svg>x", "<svg><path></path><g><circle></circle></g></svg>x"),
        ("<svg><path><p>x", "<svg><path></path></svg><p>x</p>"),
        ("<svg><title>icon</title></svg>", "<svg><title>icon</title></svg>"),
        ("<math><mi>x</mi></math>", "<math><mi>x</mi></math>"),
        // Head elements in the body stay where they are
        ("<p>a<meta name=x content=y>b", "<p>a<meta name=\"x\" content=\"y\"></meta>b</p>"),
        ("<p>a<title>t</title>b", "<p>a<title>t</title>b</p>"),
        ("<p>a<style>p{}</style>b", "<p>a<style></style>b</p>"),
        // Unclosed elements at the end
        ("<div><p>a<b>b", "<div><p>a<b>b</b></p></div>"),
        ("<pre>\nline</pre>", "<pre>line</pre>"),
        ("<textarea>\nx</textarea>", "<textarea>x</textarea>"),
    ])
    func buildsBody(markup: String, expected: String) {
        #expect(HTMLTreeSerialization.body(markup) == expected)
    }

    @Test(arguments: [
        ("", "nil"),
        ("   ", "<html><head></head><body></body></html>"),
        ("hello", "<html><head></head><body>hello</body></html>"),
        ("<title>t</title>x", "<html><head><title>t</title></head><body>x</body></html>"),
        (
            "  <meta charset=utf-8>\n<p>x",
            "<html><head><meta charset=\"utf-8\"></meta></head><body><p>x</p></body></html>"
        ),
        ("<html><body>x</body></html>", "<html><head></head><body>x</body></html>"),
        ("<body>a</body>b</html>c", "<html><head></head><body>abc</body></html>"),
        (
            "<html lang=en><head></head><body class=a><body id=b class=c>x",
            "<html lang=\"en\"><head></head><body class=\"a\" id=\"b\">x</body></html>"
        ),
        ("<p>x<html lang=de>", "<html lang=\"de\"><head></head><body><p>x</p></body></html>"),
        (
            "<head><title>t</title></head>\n<meta name=late><body>x",
            "<html><head><title>t</title><meta name=\"late\"></meta></head><body>x</body></html>"
        ),
        (
            "<head><noscript><link rel=x></noscript></head>",
            "<html><head><noscript><link rel=\"x\"></link></noscript></head><body></body></html>"
        ),
        (
            "<head><noscript><img src=a></noscript>",
            "<html><head><noscript></noscript></head><body><img src=\"a\"></img></body></html>"
        ),
        (
            "<head><script type=application/ld+json>{\"a\":1}</script></head>",
            "<html><head><script type=\"application/ld+json\">{\"a\":1}</script></head><body></body></html>"
        ),
    ])
    func buildsDocument(markup: String, expected: String) {
        #expect(HTMLTreeSerialization.document(markup) == expected)
    }

    @Test func capsNestingWithoutDroppingText() throws {
        let depth = 20_000
        let page =
            String(repeating: "<div>", count: depth) + "deep text" + String(repeating: "</div>", count: depth)
            + "<p>after</p>"
        let document = try #require(HTMLDocument(bytes: Array(page.utf8)))
        #expect(HTMLTreeSerialization.isWellFormed(document))
        let text = try #require(document.body?.textContent)
        #expect(text == "deep textafter")
        var deepest = 0
        for index in 0..<document.arena.count {
            var depthHere = 0
            var parent = Int(document.arena.parents[index])
            while parent >= 0 {
                depthHere += 1
                parent = Int(document.arena.parents[parent])
            }
            deepest = max(deepest, depthHere)
        }
        #expect(deepest <= HTMLTreeBuilder.maximumDepth + 1)
        // The paragraph after the nest is a child of the body again.
        let paragraph = try #require(document.elements.last)
        #expect(paragraph.name == "p" && paragraph.parent == document.body)
    }

    @Test func everyTruncationGivesAWellFormedTree() throws {
        let page = """
            <!DOCTYPE html><html lang="en"><head><title>T &amp; U</title><meta name="a" content="b">
            <script>var s = "</p>";</script><style>p { color: red }</style></head>
            <body class="x"><!-- note --><div id="main"><h1>Head&shy;line</h1><p>One, <a href="/a?x=1&amp;y=2">two</a>
            &eacute;t&eacute;<br>three<table><tr><td>cell<td>cell</table><ul><li>a<li>b</ul>
            <svg><path d="M0"/><![CDATA[x]]></svg><textarea>t</textarea></div></body></html>
            """
        let bytes = Array(page.utf8)
        for length in 1...bytes.count {
            let document = try #require(HTMLDocument(bytes: Array(bytes[0..<length])))
            #expect(HTMLTreeSerialization.isWellFormed(document), "cut at \(length)")
            #expect(document.body != nil && document.head != nil)
        }
    }

    @Test func invalidUTF8IsRepairedBeforeParsing() throws {
        let bytes: [UInt8] = Array("<p class=\"".utf8) + [0xFF] + Array("\">a".utf8) + [0xC3] + Array("b</p>".utf8)
        let document = try #require(HTMLDocument(bytes: bytes, encoding: "utf-8"))
        let paragraph = try #require(document.body?.firstChild)
        #expect(paragraph.attribute("class") == "\u{FFFD}")
        #expect(paragraph.textContent == "a\u{FFFD}b")
    }
}
