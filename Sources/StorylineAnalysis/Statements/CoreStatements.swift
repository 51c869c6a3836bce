import StorylineCore

/// The common core of a story, what only one source says, and what each source leaves out.
struct CoreStatements {
    var common: [CommonStatement] = []
    var unique: [UniqueStatement] = []
    var omissions: [Omission] = []

    init(alignment: StatementAlignment, articles: [Article]) {
        let sentences = alignment.sentences
        let coreSupport = max(2, (articles.count + 1) / 2)
        var missing = Array(repeating: [String](), count: articles.count)
        for (statement, members) in alignment.statements.enumerated() {
            let support = alignment.support(of: statement)
            if support >= 2 {
                let representative = sentences[alignment.representative(of: statement)]
                common.append(
                    CommonStatement(
                        text: representative.span.text,
                        articles: members.map { articles[sentences[$0].articleIndex].id },
                        passages: members.map { index in
                            let span = sentences[index].span
                            return Passage(
                                article: articles[sentences[index].articleIndex].id, start: span.start, end: span.end,
                                text: span.text)
                        }
                    ))
                if support >= coreSupport && support < articles.count {
                    let carriers = Set(members.map { sentences[$0].articleIndex })
                    for index in articles.indices where !carriers.contains(index) {
                        missing[index].append(representative.span.text)
                    }
                }
            } else if articles.count > 1 {
                for index in members {
                    let span = sentences[index].span
                    unique.append(
                        UniqueStatement(
                            article: articles[sentences[index].articleIndex].id, text: span.text, start: span.start,
                            end: span.end))
                }
            }
        }
        // Most sources first; among equals, story order (by the first passage's statement).
        common = common.enumerated().sorted { a, b in
            a.element.articles.count != b.element.articles.count
                ? a.element.articles.count > b.element.articles.count : a.offset < b.offset
        }.map(\.element)
        omissions = articles.indices.compactMap { index in
            missing[index].isEmpty ? nil : Omission(article: articles[index].id, missing: missing[index])
        }
    }
}
