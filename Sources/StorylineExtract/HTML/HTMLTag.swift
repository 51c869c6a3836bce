/// The element kinds content extraction tells apart; everything else is ``other``.
///
/// A one-byte code per element lets the extractor keep whole pages in flat arrays and decide by
/// `switch` instead of comparing strings.
enum HTMLTag: UInt8 {
    case text, other
    case html, body, head, title, meta, link
    case p, div, span, a, br, hr, font, center, b, strong, i, em, small, sup, sub, u, time, abbr, cite, q, mark
    case h1, h2, h3, h4, h5, h6
    case ul, ol, li, dl, dt, dd
    case table, caption, tbody, thead, tfoot, tr, td, th
    case blockquote, pre, code, address, details, summary, fieldset, legend
    case article, section, main, header, footer, nav, aside, figure, figcaption
    case form, script, style, noscript, iframe, svg, button, select, input, textarea, template, object, embed
    case canvas, audio, video, map, dialog, menu, picture, img, source, label, option

    static let byName: [String: HTMLTag] = {
        var table: [String: HTMLTag] = [:]
        var raw: UInt8 = HTMLTag.html.rawValue
        while let tag = HTMLTag(rawValue: raw) {
            table[String(describing: tag)] = tag
            raw += 1
        }
        return table
    }()

    /// Elements that start and end a paragraph of rendered text.
    var isBlock: Bool {
        switch self {
        case .p, .div, .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .li, .dl, .dt, .dd, .table, .caption, .tbody, .thead,
            .tfoot, .tr, .td, .th, .blockquote, .pre, .address, .details, .summary, .fieldset, .legend, .article,
            .section, .main, .header, .footer, .nav, .aside, .figure, .figcaption, .form, .center, .hr, .br:
            true
        default: false
        }
    }

    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: true
        default: false
        }
    }

    /// 1 for `<h1>` … 6 for `<h6>`; nil for other elements.
    var headingLevel: Int? {
        switch self {
        case .h1: 1
        case .h2: 2
        case .h3: 3
        case .h4: 4
        case .h5: 5
        case .h6: 6
        default: nil
        }
    }

    /// Elements whose content is never text of the page (scripts, styles, embedded objects, form controls).
    var isNeverText: Bool {
        switch self {
        case .head, .title, .meta, .link, .script, .style, .iframe, .svg, .template, .object, .embed, .img, .source,
            .select, .option, .textarea, .input:
            true
        default: false
        }
    }
}
