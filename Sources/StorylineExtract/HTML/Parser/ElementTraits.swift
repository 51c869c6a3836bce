/// What the tree builder needs to know about an element name, as bits looked up by name id.
///
/// The sets are the HTML Standard's (§13.2.4.2 "special" elements, the scopes of §13.2.4.2, the
/// start tags that close a `<p>`, the elements with implied end tags …), restricted to what this
/// builder uses.
struct ElementTraits: OptionSet {
    let rawValue: UInt32

    /// No content and no end tag (`<br>`, `<img>`, `<meta>` …).
    static let void = ElementTraits(rawValue: 1 << 0)
    /// The standard's "special" category: an end tag for another element does not close it.
    static let special = ElementTraits(rawValue: 1 << 1)
    /// Bounds "has an element in scope".
    static let scopeBoundary = ElementTraits(rawValue: 1 << 2)
    /// A start tag that first closes an open `<p>` (in button scope).
    static let closesParagraph = ElementTraits(rawValue: 1 << 3)
    /// Closed by "generate implied end tags" (`p`, `li`, `dd`, `dt`, `option` …).
    static let impliedEnd = ElementTraits(rawValue: 1 << 4)
    /// `<a>`, `<b>`, `<i>` … : an end tag for one looks for it only up to the nearest special element.
    static let formatting = ElementTraits(rawValue: 1 << 5)
    /// `<h1>` … `<h6>`.
    static let heading = ElementTraits(rawValue: 1 << 6)
    /// Allowed in `<head>`; elsewhere before `<body>` it goes into the head.
    static let headContent = ElementTraits(rawValue: 1 << 7)
    /// A start tag that ends SVG or MathML content (`<p>`, `<div>`, `<b>` …).
    static let breaksForeignContent = ElementTraits(rawValue: 1 << 8)
    /// Marks a boundary for finding an open `<a>` (cells, captions, objects, templates).
    static let formattingMarker = ElementTraits(rawValue: 1 << 9)
    /// Table structure: `table`, `caption`, `colgroup`, `col`, row groups, rows and cells.
    static let tableStructure = ElementTraits(rawValue: 1 << 10)
    /// Bounds "has an element in table scope" (`html`, `table`, `template`).
    static let tableScopeBoundary = ElementTraits(rawValue: 1 << 11)
    /// Where SVG or MathML content holds HTML again (`foreignObject`, `desc`).
    static let integrationPoint = ElementTraits(rawValue: 1 << 12)

    /// The traits of name id `id`; unknown names have none.
    @inline(__always)
    static func of(_ id: UInt16) -> ElementTraits {
        id < KnownElement.count ? table[Int(id)] : []
    }

    private static let table: [ElementTraits] = KnownElement.allCases.map(traits(of:))

    private static func traits(of element: KnownElement) -> ElementTraits {
        var traits: ElementTraits = []
        switch element {
        case .area, .base, .basefont, .bgsound, .br, .col, .embed, .frame, .hr, .image, .img, .input, .keygen, .link,
            .meta, .param, .source, .track, .wbr:
            traits.insert(.void)
        default: break
        }
        switch element {
        case .address, .applet, .area, .article, .aside, .base, .basefont, .bgsound, .blockquote, .body, .br, .button,
            .caption, .center, .col, .colgroup, .dd, .details, .dir, .div, .dl, .dt, .embed, .fieldset, .figcaption,
            .figure, .footer, .form, .frame, .frameset, .h1, .h2, .h3, .h4, .h5, .h6, .head, .header, .hgroup, .hr,
            .html, .iframe, .img, .input, .keygen, .li, .link, .listing, .main, .marquee, .menu, .meta, .nav, .noembed,
            .noframes, .noscript, .object, .ol, .p, .param, .plaintext, .pre, .script, .search, .section, .select,
            .source, .style, .summary, .table, .tbody, .td, .template, .textarea, .tfoot, .th, .thead, .title, .tr,
            .track, .ul, .wbr, .xmp, .foreignobject, .desc:
            traits.insert(.special)
        default: break
        }
        switch element {
        case .applet, .caption, .html, .table, .td, .th, .marquee, .object, .template, .foreignobject, .desc:
            traits.insert(.scopeBoundary)
        default: break
        }
        switch element {
        case .address, .article, .aside, .blockquote, .center, .details, .dialog, .dir, .div, .dl, .fieldset,
            .figcaption, .figure, .footer, .header, .hgroup, .main, .menu, .nav, .ol, .p, .search, .section, .summary,
            .ul, .h1, .h2, .h3, .h4, .h5, .h6, .pre, .listing, .form, .plaintext, .table, .hr, .xmp:
            traits.insert(.closesParagraph)
        default: break
        }
        switch element {
        case .dd, .dt, .li, .optgroup, .option, .p, .rb, .rp, .rt, .rtc: traits.insert(.impliedEnd)
        default: break
        }
        switch element {
        case .a, .b, .big, .code, .em, .font, .i, .nobr, .s, .small, .strike, .strong, .tt, .u:
            traits.insert(.formatting)
        default: break
        }
        switch element {
        case .h1, .h2, .h3, .h4, .h5, .h6: traits.insert(.heading)
        default: break
        }
        switch element {
        case .base, .basefont, .bgsound, .link, .meta, .title, .noscript, .script, .style, .template, .noframes:
            traits.insert(.headContent)
        default: break
        }
        switch element {
        case .b, .big, .blockquote, .body, .br, .center, .code, .dd, .div, .dl, .dt, .em, .embed, .h1, .h2, .h3, .h4,
            .h5, .h6, .head, .hr, .i, .img, .li, .listing, .menu, .meta, .nobr, .ol, .p, .pre, .ruby, .s, .small,
            .span, .strong, .strike, .sub, .sup, .table, .tt, .u, .ul, .var, .font:
            traits.insert(.breaksForeignContent)
        default: break
        }
        switch element {
        case .applet, .marquee, .object, .template, .td, .th, .caption: traits.insert(.formattingMarker)
        default: break
        }
        switch element {
        case .table, .caption, .colgroup, .col, .tbody, .thead, .tfoot, .tr, .td, .th: traits.insert(.tableStructure)
        default: break
        }
        switch element {
        case .html, .table, .template: traits.insert(.tableScopeBoundary)
        default: break
        }
        switch element {
        case .foreignobject, .desc: traits.insert(.integrationPoint)
        default: break
        }
        return traits
    }
}
