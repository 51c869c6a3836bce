/// Finds many class/id patterns in one pass over a `class` + `id` string (Aho–Corasick).
///
/// The string is read token by token (tokens are separated by spaces); inside a token `-` and `_`
/// separate words. Patterns use `#` for a token edge and `|` for a word edge, so `|nav|` is the whole
/// word "nav" anywhere and `|tags#` is "tags" as a token's last word. Tokens that describe page state
/// rather than the element (`has-sidebar`, `no-comments`) are skipped.
struct ClassPatternMatcher: Sendable {
    /// What a pattern says about the element.
    struct Category: OptionSet, Sendable {
        let rawValue: UInt16
        /// Always boilerplate (share, comment, related …).
        static let strong = Category(rawValue: 1)
        /// Boilerplate unless a ``rescue`` word is present too (menu, sidebar, widget …).
        static let soft = Category(rawValue: 2)
        /// Content words (article, content, story …) that rescue soft matches.
        static let rescue = Category(rawValue: 4)
        /// Marks the article body (`article-body`, `entry-content` …).
        static let bodyMarker = Category(rawValue: 8)
        /// A figure caption or credit.
        static let caption = Category(rawValue: 16)
        /// A class that hides the element.
        static let hiding = Category(rawValue: 32)
        /// Readability's positive words, a small scoring bonus.
        static let positive = Category(rawValue: 64)
        /// Readability's negative words, a small scoring penalty.
        static let negative = Category(rawValue: 128)
        /// Parts of an article page that are not its text (bylines, timestamps, ratings, buttons …): left
        /// out of an article, kept on a listing where they belong to the items.
        static let articleChrome = Category(rawValue: 256)
        /// Notices and prompts that are never a page's content (cookie consent, newsletter sign-up, share
        /// bars, pop-ups), unlike comments, which are the content of a forum thread.
        static let notice = Category(rawValue: 512)
    }

    private static let symbolCount = 40
    /// Byte → symbol: a–z 0–25, 0–9 26–35, word edge 36, token edge 37, other 38.
    private static let symbols: [UInt8] = {
        var table = [UInt8](repeating: 38, count: 256)
        for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(byte)] = byte - UInt8(ascii: "a") }
        for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(byte)] = byte - UInt8(ascii: "A") }
        for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(byte)] = 26 + byte - UInt8(ascii: "0") }
        table[Int(UInt8(ascii: "-"))] = 36
        table[Int(UInt8(ascii: "_"))] = 36
        table[Int(UInt8(ascii: "|"))] = 36
        table[Int(UInt8(ascii: "#"))] = 37
        table[Int(UInt8(ascii: " "))] = 37
        return table
    }()

    private var transitions: [Int32] = []
    private var outputs: [UInt16] = []

    static let shared = ClassPatternMatcher(patterns: BoilerplatePatterns.all)

    init(patterns: [(String, Category)]) {
        var goto: [[Int32]] = [[Int32](repeating: -1, count: Self.symbolCount)]
        var output: [UInt16] = [0]
        for (pattern, category) in patterns {
            var state = 0
            for byte in pattern.utf8 {
                let symbol = Int(Self.symbols[Int(byte)])
                if goto[state][symbol] < 0 {
                    goto[state][symbol] = Int32(goto.count)
                    goto.append([Int32](repeating: -1, count: Self.symbolCount))
                    output.append(0)
                }
                state = Int(goto[state][symbol])
            }
            output[state] |= category.rawValue
        }
        // Breadth-first: failure links, then a full transition table.
        var failure = [Int](repeating: 0, count: goto.count)
        var queue: [Int] = []
        for symbol in 0..<Self.symbolCount {
            let next = goto[0][symbol]
            if next < 0 {
                goto[0][symbol] = 0
            } else {
                failure[Int(next)] = 0
                queue.append(Int(next))
            }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            output[state] |= output[failure[state]]
            for symbol in 0..<Self.symbolCount {
                let next = goto[state][symbol]
                if next < 0 {
                    goto[state][symbol] = goto[failure[state]][symbol]
                } else {
                    failure[Int(next)] = Int(goto[failure[state]][symbol])
                    queue.append(Int(next))
                }
            }
        }
        transitions = goto.flatMap { $0 }
        outputs = output
    }

    static let statePrefixes: [[UInt8]] = [
        "has-", "no-", "with-", "show-", "is-", "single-", "page-", "template-", "wp-embed", "tag-", "category-",
        "format-", "status-", "type-", "post-type-", "postid-", "enable-", "enabled-",
    ].map { Array($0.utf8) }
    /// Token endings that say what a block does or allows (`modal-enabled`, `sharing-disabled`) or how the
    /// publishing system flags it (Drupal's `node-promoted`: promoted to the front page, not a promo).
    static let stateSuffixes: [[UInt8]] = ["-enabled", "-disabled", "-promoted"].map { Array($0.utf8) }
    /// Whole tokens that are such a flag (`hentry promoted`).
    static let stateTokens: [[UInt8]] = ["promoted"].map { Array($0.utf8) }

    /// The categories of every pattern found in the lower-case `class id` bytes; tokens that describe a
    /// state (``statePrefixes``, ``stateSuffixes``, ``stateTokens``) are skipped.
    func categories(of bytes: UnsafeBufferPointer<UInt8>) -> Category {
        var found: UInt16 = 0
        var start = 0
        let count = bytes.count
        while start < count {
            while start < count && bytes[start] == 0x20 { start += 1 }
            var end = start
            while end < count && bytes[end] != 0x20 { end += 1 }
            if end > start && !Self.isStateToken(bytes, start, end) {
                let modifier = Self.modifierStart(bytes, start, end)
                if modifier == end {
                    found |= scan(bytes, start, end)
                } else {
                    // Boilerplate words count before the modifier only; body markers anywhere
                    // (Drupal's `block-field-block--node--article--field-body`).
                    let boilerplate = Category.strong.rawValue | Category.soft.rawValue
                    found |= scan(bytes, start, end) & ~boilerplate | scan(bytes, start, modifier) & boilerplate
                }
            }
            start = end
        }
        return Category(rawValue: found)
    }

    /// Where a BEM modifier (`block__element--modifier`) starts in the token, else `end`: the modifier says
    /// how the block looks or what it may hold (`section--ads`, `card--share`), not what it is. Drupal's
    /// `--type-` and `--name-` parts do say what it is (`paragraph--type--recommended-articles`,
    /// `field--name-field-related-articles`), so a token with them has no modifier.
    private static func modifierStart(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var index = start + 1
        var first = end
        while index + 1 < end {
            if bytes[index] == 0x2D && bytes[index + 1] == 0x2D {
                if isTypeOrNamePart(bytes, at: index + 2, end) { return end }
                if first == end { first = index }
                index += 1
            }
            index += 1
        }
        return first
    }

    /// Whether `type-` or `name-` starts at `index`.
    private static func isTypeOrNamePart(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ end: Int) -> Bool {
        guard index + 5 <= end else { return false }
        let word = (bytes[index], bytes[index + 1], bytes[index + 2], bytes[index + 3], bytes[index + 4])
        return word == (0x74, 0x79, 0x70, 0x65, 0x2D) || word == (0x6E, 0x61, 0x6D, 0x65, 0x2D)
    }

    private static func isStateToken(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        for token in stateTokens where end - start == token.count {
            if bytes[start..<end].elementsEqual(token) { return true }
        }
        for prefix in statePrefixes where end - start > prefix.count {
            var matches = true
            for offset in 0..<prefix.count where bytes[start + offset] != prefix[offset] {
                matches = false
                break
            }
            if matches { return true }
        }
        for suffix in stateSuffixes where end - start > suffix.count {
            var matches = true
            for offset in 0..<suffix.count where bytes[end - suffix.count + offset] != suffix[offset] {
                matches = false
                break
            }
            if matches { return true }
        }
        return false
    }

    /// Runs the automaton over `#token#`.
    private func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt16 {
        transitions.withUnsafeBufferPointer { transitions in
            outputs.withUnsafeBufferPointer { outputs in
                Self.symbols.withUnsafeBufferPointer { symbols in
                    var state = Int(transitions[37])  // token edge from the root
                    var found = outputs[state]
                    for index in start..<end {
                        state = Int(transitions[state * Self.symbolCount + Int(symbols[Int(bytes[index])])])
                        found |= outputs[state]
                    }
                    state = Int(transitions[state * Self.symbolCount + 37])
                    return found | outputs[state]
                }
            }
        }
    }

    /// Convenience for tests and rare callers: the categories of a `class id` string.
    func categories(of text: String) -> Category {
        var bytes = Array(text.lowercased().utf8)
        return bytes.withUnsafeMutableBufferPointer { categories(of: UnsafeBufferPointer($0)) }
    }
}
