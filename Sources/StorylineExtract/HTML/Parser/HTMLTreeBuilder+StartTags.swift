extension HTMLTreeBuilder {
    /// A start tag: `name` with the attribute records `attributes`; returns how its content is tokenized.
    mutating func startTag(_ name: UInt16, attributes: Range<Int32>, selfClosing: Bool) -> Content {
        let traits = ElementTraits.of(name)
        if inForeignContent {
            guard traits.contains(.breaksForeignContent) else {
                if name == KnownElement.style.id || name == KnownElement.script.id {
                    insertRawTextElement(name, attributes: attributes)
                    return .skippedRawText
                }
                let index = appendElement(name, attributes: attributes)
                if !selfClosing, stack.count < Self.maximumDepth { push(index, name, foreign: true) }
                return .markup
            }
            while inForeignContent { pop() }
        }
        let element = KnownElement(id: name)
        while true {
            switch mode {
            case .initial:
                if element == .html {
                    createHTML(attributes: attributes)
                    return .markup
                }
                createHTML()
            case .beforeHead:
                if element == .html {
                    mergeAttributes(into: html, attributes)
                    return .markup
                }
                if element == .head {
                    createHead(attributes: attributes)
                    return .markup
                }
                createHead()
            case .inHead:
                if element == .head { return .markup }
                if element == .noscript {
                    insert(name, attributes: attributes)
                    mode = .inHeadNoscript
                    return .markup
                }
                if traits.contains(.headContent) || element == .html {
                    return headElement(element, name, attributes: attributes)
                }
                closeHead()
            case .inHeadNoscript:
                switch element {
                case .html, .basefont, .bgsound, .link, .meta, .noframes, .style:
                    return headElement(element, name, attributes: attributes)
                case .head, .noscript:
                    return .markup
                default:
                    pop()
                    mode = .inHead
                }
            case .afterHead:
                switch element {
                case .html:
                    mergeAttributes(into: html, attributes)
                    return .markup
                case .body:
                    createBody(attributes: attributes)
                    return .markup
                case .head:
                    return .markup
                case .base, .basefont, .bgsound, .link, .meta, .noframes, .script, .style, .title:
                    // Late head elements go back into the head, as the standard says.
                    push(head, KnownElement.head.id, foreign: false)
                    let content = headElement(element, name, attributes: attributes)
                    if content == .markup { pop() } else { reopenedHead = true }
                    return content
                default:
                    createBody()
                }
            case .inBody:
                return startTagInBody(element, name, traits, attributes: attributes, selfClosing: selfClosing)
            }
        }
    }

    /// An element the head can hold, inserted at the current node (in the head, or in the body when it
    /// turns up there).
    private mutating func headElement(_ element: KnownElement?, _ name: UInt16, attributes: Range<Int32>) -> Content {
        switch element {
        case .html:
            mergeAttributes(into: html, attributes)
            return .markup
        case .base, .basefont, .bgsound, .link, .meta:
            appendElement(name, attributes: attributes)
            return .markup
        case .title:
            insertRawTextElement(name, attributes: attributes)
            return .escapableRawText
        case .script:
            insertRawTextElement(name, attributes: attributes)
            return .script
        case .style, .noframes:
            insertRawTextElement(name, attributes: attributes)
            return .skippedRawText
        default:
            insert(name, attributes: attributes)
            return .markup
        }
    }

    private mutating func startTagInBody(
        _ element: KnownElement?, _ name: UInt16, _ traits: ElementTraits, attributes: Range<Int32>,
        selfClosing: Bool
    ) -> Content {
        guard let element else {
            // A custom element written `<x-widget />` is taken to be empty, as its author meant (the standard
            // ignores the slash, and the rest of the page would end up inside it, which looks the same in a
            // browser but buries the article one level deeper for scoring).
            if selfClosing {
                appendElement(name, attributes: attributes)
            } else {
                insert(name, attributes: attributes)
            }
            return .markup
        }
        switch element {
        case .html:
            mergeAttributes(into: html, attributes)
        case .body:
            mergeAttributes(into: body, attributes)
        case .head, .frameset:
            break
        case .base, .basefont, .bgsound, .link, .meta, .title, .script, .style, .noframes:
            return headElement(element, name, attributes: attributes)
        case .h1, .h2, .h3, .h4, .h5, .h6:
            closeParagraph()
            if ElementTraits.of(currentName).contains(.heading) { pop() }
            insert(name, attributes: attributes)
        case .pre, .listing:
            closeParagraph()
            insert(name, attributes: attributes)
            skipsNewline = true
        case .form:
            guard form < 0 || openCounts[Int(KnownElement.form.id)] == 0 else { break }
            closeParagraph()
            form = insert(name, attributes: attributes)
        case .li:
            closeListItem(matching: [.li])
            closeParagraph()
            insert(name, attributes: attributes)
        case .dd, .dt:
            closeListItem(matching: [.dd, .dt])
            closeParagraph()
            insert(name, attributes: attributes)
        case .plaintext:
            closeParagraph()
            insert(name, attributes: attributes)
            return .plaintext
        case .button:
            if let position = position(of: name, in: .normal) { pop(toDepth: position) }
            insert(name, attributes: attributes)
        case .a, .nobr:
            closeOpenFormattingElement(name)
            insert(name, attributes: attributes)
        case .hr:
            closeParagraph()
            appendElement(name, attributes: attributes)
        case .image:
            appendElement(KnownElement.img.id, attributes: attributes)
        case .textarea:
            insertRawTextElement(name, attributes: attributes)
            skipsNewline = true
            return .escapableRawText
        case .xmp:
            closeParagraph()
            insertRawTextElement(name, attributes: attributes)
            return .keptRawText
        case .iframe, .noembed:
            insertRawTextElement(name, attributes: attributes)
            return .skippedRawText
        case .select:
            if openCounts[Int(name)] > 0 { endTagGeneric(name) }
            insert(name, attributes: attributes)
        case .option, .optgroup:
            if currentName == KnownElement.option.id { pop() }
            insert(name, attributes: attributes)
        case .rb, .rtc, .rp, .rt:
            if position(of: KnownElement.ruby.id, in: .normal) != nil {
                generateImpliedEndTags(except: element == .rp || element == .rt ? KnownElement.rtc.id : UInt16.max)
            }
            insert(name, attributes: attributes)
        case .svg, .math:
            let index = appendElement(name, attributes: attributes)
            if !selfClosing, stack.count < Self.maximumDepth { push(index, name, foreign: true) }
        case .caption, .colgroup, .col, .tbody, .thead, .tfoot, .tr, .td, .th:
            tableStartTag(element, name, attributes: attributes)
        default:
            if traits.contains(.closesParagraph) { closeParagraph() }
            if traits.contains(.void) {
                appendElement(name, attributes: attributes)
            } else {
                insert(name, attributes: attributes)
            }
        }
        return .markup
    }

    /// Before a new `li` (or `dd`/`dt`): closes the open one, unless a block other than `address`, `div`
    /// or `p` lies between (a list nested in an item).
    private mutating func closeListItem(matching items: [KnownElement]) {
        guard items.contains(where: { openCounts[Int($0.id)] > 0 }) else { return }
        var position = stack.count - 1
        while position >= 0 {
            let name = stackNames[position]
            if !stackForeign[position], let known = KnownElement(id: name) {
                if items.contains(known) {
                    pop(toDepth: position)
                    return
                }
                if ElementTraits.of(name).contains(.special), known != .address, known != .div, known != .p { return }
            }
            position -= 1
        }
    }

    /// Before a new `<a>` (or `<nobr>`): an open one is closed when no block lies between it and the
    /// current node (a block in between would need the adoption agency; the new one is nested instead).
    private mutating func closeOpenFormattingElement(_ name: UInt16) {
        guard openCounts[Int(name)] > 0 else { return }
        var position = stack.count - 1
        var blockBetween = false
        while position >= 0 {
            let candidate = stackNames[position]
            if candidate == name, !stackForeign[position] {
                if !blockBetween { pop(toDepth: position) }
                return
            }
            let traits = ElementTraits.of(candidate)
            if traits.contains(.formattingMarker) { return }
            if traits.contains(.special) { blockBetween = true }
            position -= 1
        }
    }

    /// Table structure inside a table closes the open cells, rows or sections it replaces; outside a
    /// table it is ignored (its content is kept where it is).
    private mutating func tableStartTag(_ element: KnownElement, _ name: UInt16, attributes: Range<Int32>) {
        guard position(of: KnownElement.table.id, in: .table) != nil else { return }
        let stopAt: [KnownElement]
        switch element {
        case .caption, .colgroup, .tbody, .thead, .tfoot: stopAt = [.table]
        case .col: stopAt = [.table, .colgroup]
        case .tr: stopAt = [.table, .tbody, .thead, .tfoot]
        default: stopAt = [.table, .tbody, .thead, .tfoot, .tr]
        }
        while !stack.isEmpty {
            if let current = KnownElement(id: currentName),
                stopAt.contains(current) || current == .template || current == .html
            {
                break
            }
            pop()
        }
        if element == .col {
            appendElement(name, attributes: attributes)
        } else {
            insert(name, attributes: attributes)
        }
    }
}
