/// The element names the HTML tree builder knows by heart; a name id below ``count`` is one of these.
///
/// Names the builder does not know (custom elements, typos, SVG and MathML children) get ids from
/// ``count`` up, interned per document by ``HTMLNameTable``.
enum KnownElement: UInt16, CaseIterable {
    case a, abbr, address, applet, area, article, aside, audio, b, base, basefont, bdi, bdo, bgsound, big
    case blockquote, body, br, button, canvas, caption, center, cite, code, col, colgroup, data, datalist, dd
    case del, desc, details, dfn, dialog, dir, div, dl, dt, em, embed, fieldset, figcaption, figure, font
    case footer, foreignobject, form, frame, frameset, h1, h2, h3, h4, h5, h6, head, header, hgroup, hr, html
    case i, iframe, image, img, input, ins, kbd, keygen, label, legend, li, link, listing, main, map, mark
    case marquee, math, menu, meta, meter, nav, nobr, noembed, noframes, noscript, object, ol, optgroup
    case option, output, p, param, picture, plaintext, pre, progress, q, rb, rp, rt, rtc, ruby, s, samp
    case script, search, section, select, slot, small, source, span, strike, strong, style, sub, summary, sup
    case svg, table, tbody, td, template, textarea, tfoot, th, thead, time, title, tr, track, tt, u, ul
    case `var`, video, wbr, xmp
    // SVG children, common in icon-heavy pages: known so they skip the per-document interning.
    case circle, clippath, defs, ellipse, filter, g, line, lineargradient, mask, path, pattern, polygon, polyline
    case radialgradient, rect, stop, symbol, text, tspan, use

    /// The number of known names: the first id an unknown name can get.
    static let count = UInt16(allCases.count)

    /// The lower-case name as written in markup.
    var name: String { Self.names[Int(rawValue)] }

    private static let names = allCases.map { String(describing: $0) }

    init?(id: UInt16) {
        self.init(rawValue: id)
    }

    var id: UInt16 { rawValue }
}
