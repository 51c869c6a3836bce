extension HTMLTreeBuilder {
    /// An end tag for `name`.
    mutating func endTag(_ name: UInt16) {
        if let last = stackForeign.last, last, endTagInForeignContent(name) { return }
        let element = KnownElement(id: name)
        // `</br>` is a `<br>` wherever it appears, so it opens the body like any other content.
        if element == .br, mode != .inBody { openBody() }
        while true {
            switch mode {
            case .initial, .beforeHead:
                return
            case .inHead:
                switch element {
                case .head:
                    closeHead()
                    return
                case .body, .html, .br:
                    closeHead()
                case .template:
                    endTagGeneric(name)
                    return
                default:
                    return
                }
            case .inHeadNoscript:
                switch element {
                case .noscript:
                    pop()
                    mode = .inHead
                    return
                case .br:
                    pop()
                    mode = .inHead
                default:
                    return
                }
            case .afterHead:
                guard element == .body || element == .html || element == .br else { return }
                createBody()
            case .inBody:
                endTagInBody(element, name)
                return
            }
        }
    }

    /// In SVG or MathML: closes the innermost foreign element of that name; false when an HTML element
    /// comes first (the end tag is then read as HTML).
    private mutating func endTagInForeignContent(_ name: UInt16) -> Bool {
        var position = stack.count - 1
        while position > 0, stackForeign[position] {
            if stackNames[position] == name {
                pop(toDepth: position)
                return true
            }
            position -= 1
        }
        return false
    }

    private mutating func endTagInBody(_ element: KnownElement?, _ name: UInt16) {
        guard let element else {
            endTagGeneric(name)
            return
        }
        switch element {
        case .body, .html, .col, .head, .frameset:
            // `</body>` and `</html>` leave the body open: whatever follows still belongs in it.
            break
        case .address, .article, .aside, .blockquote, .button, .center, .details, .dialog, .dir, .div, .dl,
            .fieldset, .figcaption, .figure, .footer, .header, .hgroup, .listing, .main, .menu, .nav, .ol, .pre,
            .search, .section, .summary, .ul, .applet, .marquee, .object, .dd, .dt:
            if let position = position(of: name, in: .normal) { pop(toDepth: position) }
        case .form:
            let open = form
            form = -1
            guard open >= 0, let position = stack.lastIndex(of: open) else { break }
            // Elements opened inside the form and still open stay open (the standard takes only the form
            // off the stack); the form closes as soon as they are closed.
            generateImpliedEndTags()
            if position == stack.count - 1 { pop() } else { closingForm = open }
        case .p:
            if let position = position(of: name, in: .button) {
                pop(toDepth: position)
            } else {
                appendElement(name, attributes: 0..<0)
            }
        case .li:
            if let position = position(of: name, in: .listItem) { pop(toDepth: position) }
        case .h1, .h2, .h3, .h4, .h5, .h6:
            closeHeading()
        case .br:
            appendElement(name, attributes: 0..<0)
        case .table, .caption, .colgroup, .tbody, .tfoot, .thead, .tr, .td, .th:
            if let position = position(of: name, in: .table) { pop(toDepth: position) }
        case .template:
            if openCounts[Int(name)] > 0, let position = stackNames.lastIndex(of: name) { pop(toDepth: position) }
        default:
            endTagGeneric(name)
        }
    }

    /// Any `</h1>` … `</h6>` closes the innermost open heading of any level in scope.
    private mutating func closeHeading() {
        var position = stack.count - 1
        while position >= 0 {
            let traits = ElementTraits.of(stackNames[position])
            if !stackForeign[position] {
                if traits.contains(.heading) {
                    pop(toDepth: position)
                    return
                }
                if traits.contains(.scopeBoundary) { return }
            }
            position -= 1
        }
    }

    /// The standard's "any other end tag": the innermost open element of that name is closed, unless a
    /// special element (a block, a cell …) is open inside it, in which case the end tag is ignored.
    mutating func endTagGeneric(_ name: UInt16) {
        if name < KnownElement.count, openCounts[Int(name)] == 0 { return }
        var position = stack.count - 1
        while position >= 0 {
            let candidate = stackNames[position]
            if candidate == name {
                pop(toDepth: position)
                return
            }
            if !stackForeign[position], ElementTraits.of(candidate).contains(.special) { return }
            position -= 1
        }
    }
}
