import Testing

@testable import StorylineText

@Suite("Tokenizer")
struct TokenizerTests {
    @Test(
        "splits words",
        arguments: [
            ("NATO-Russia talks: what’s next?", ["NATO-Russia", "talks", "what’s", "next"]),
            ("He said 'no' -- twice.", ["He", "said", "no", "twice"]),
            ("1.5 million, 3,000 people; 2020-21 season", ["1.5", "million", "3,000", "people", "2020-21", "season"]),
            ("l’homme d'État", ["l’homme", "d'État"]),
            ("北京欢迎你 Beijing", ["北", "京", "欢", "迎", "你", "Beijing"]),
            ("東京でコンピューターを買った", ["東", "京", "で", "コンピューター", "を", "買", "った"]),
            ("Путин заявил: «Нет»", ["Путин", "заявил", "Нет"]),
            ("قال الرئيس، اليوم", ["قال", "الرئيس", "اليوم"]),
            ("end. Next-", ["end", "Next"]),
            ("", []),
            ("— … !!", []),
        ])
    func splits(text: String, expected: [String]) {
        #expect(Tokenizer().tokens(in: text).map(\.text) == expected)
    }

    @Test func offsetsPointIntoTheInput() {
        let text = "Zoë’s café — “naïve” 東京 ﬁnance 3.14"
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer().tokens(in: text)
        #expect(tokens.count == 7)
        for token in tokens {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[token.start..<token.end])
            #expect(String(view) == token.text)
        }
    }

    @Test(
        "normalises words",
        arguments: [
            ("Müller ÉCOLE Straße", ["müller", "école", "straße"]),
            ("What’s NATO‐Russia", ["what's", "nato-russia"]),
            ("İstanbul IŞIK", ["istanbul", "işik"]),
            ("Ｆｕｌｌ ﬁnance", ["full", "finance"]),
            ("Cafe\u{0301} ПУТИН", ["café", "путин"]),
        ])
    func normalisesWords(text: String, expected: [String]) {
        #expect(Tokenizer().words(in: text) == expected)
    }
}
