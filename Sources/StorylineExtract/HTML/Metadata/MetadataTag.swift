/// The element kinds the metadata walk tells apart; everything else is ``other``.
///
/// Read from libxml2's lowercase name bytes with a switch on the first byte, so classifying an element
/// costs a few byte comparisons and no `String`.
enum MetadataTag {
    case other
    case html, head, body, meta, link, title, script, style, noscript, svg, template, iframe
    case h1, h2, time, article, main, header, footer, aside, nav, form, address
    case a, span, b, strong, i, em, small, u, abbr, font, sup, sub, br

    init(name: UnsafePointer<UInt8>?) {
        guard let name else {
            self = .other
            return
        }
        func named(_ literal: StaticString) -> Bool { CBytes.equals(name, literal) }
        switch name[0] {
        case UInt8(ascii: "a"):
            self =
                name[1] == 0 ? .a : named("article") ? .article : named("aside") ? .aside
                : named("abbr") ? .abbr : named("address") ? .address : .other
        case UInt8(ascii: "b"):
            self = name[1] == 0 ? .b : named("body") ? .body : named("br") ? .br : .other
        case UInt8(ascii: "e"): self = named("em") ? .em : .other
        case UInt8(ascii: "f"): self = named("footer") ? .footer : named("form") ? .form : named("font") ? .font : .other
        case UInt8(ascii: "h"):
            self =
                named("h1") ? .h1 : named("h2") ? .h2 : named("head") ? .head : named("header") ? .header
                : named("html") ? .html : .other
        case UInt8(ascii: "i"): self = name[1] == 0 ? .i : named("iframe") ? .iframe : .other
        case UInt8(ascii: "l"): self = named("link") ? .link : .other
        case UInt8(ascii: "m"): self = named("meta") ? .meta : named("main") ? .main : .other
        case UInt8(ascii: "n"): self = named("nav") ? .nav : named("noscript") ? .noscript : .other
        case UInt8(ascii: "s"):
            self =
                named("span") ? .span : named("script") ? .script : named("style") ? .style
                : named("strong") ? .strong : named("small") ? .small : named("svg") ? .svg
                : named("sup") ? .sup : named("sub") ? .sub : .other
        case UInt8(ascii: "t"):
            self = named("time") ? .time : named("title") ? .title : named("template") ? .template : .other
        case UInt8(ascii: "u"): self = name[1] == 0 ? .u : .other
        default: self = .other
        }
    }

    /// Elements whose children are never page text worth reading for metadata.
    var skipsChildren: Bool {
        switch self {
        case .script, .style, .noscript, .svg, .template, .iframe: true
        default: false
        }
    }

    /// Inline formatting: its boundaries do not separate words.
    var isInline: Bool {
        switch self {
        case .a, .b, .strong, .i, .em, .small, .u, .abbr, .font, .sup, .sub: true
        default: false
        }
    }
}
