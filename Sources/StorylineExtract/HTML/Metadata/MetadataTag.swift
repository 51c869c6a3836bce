/// The element kinds the metadata walk tells apart; everything else is ``other``.
///
/// Mapped from the parser's ``HTMLTag`` through a table, so classifying an element costs one load.
enum MetadataTag {
    case other
    case html, head, body, meta, link, title, script, style, noscript, svg, template, iframe
    case h1, h2, time, article, main, header, footer, aside, nav, form, address
    case a, span, b, strong, i, em, small, u, abbr, font, sup, sub, br

    /// The metadata kind of an element the parser tagged `tag`.
    init(_ tag: HTMLTag) {
        self = Self.byTag[Int(tag.rawValue)]
    }

    private static let byTag: [MetadataTag] = (0...UInt8.max).map { raw in
        guard let tag = HTMLTag(rawValue: raw) else { return .other }
        switch tag {
        case .html: return .html
        case .head: return .head
        case .body: return .body
        case .meta: return .meta
        case .link: return .link
        case .title: return .title
        case .script: return .script
        case .style: return .style
        case .noscript: return .noscript
        case .svg: return .svg
        case .template: return .template
        case .iframe: return .iframe
        case .h1: return .h1
        case .h2: return .h2
        case .time: return .time
        case .article: return .article
        case .main: return .main
        case .header: return .header
        case .footer: return .footer
        case .aside: return .aside
        case .nav: return .nav
        case .form: return .form
        case .address: return .address
        case .a: return .a
        case .span: return .span
        case .b: return .b
        case .strong: return .strong
        case .i: return .i
        case .em: return .em
        case .small: return .small
        case .u: return .u
        case .abbr: return .abbr
        case .font: return .font
        case .sup: return .sup
        case .sub: return .sub
        case .br: return .br
        default: return .other
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
