import Testing

@testable import StorylineText

@Suite("SentenceSplitter")
struct SentenceSplitterTests {
    private func split(_ text: String) -> [String] {
        SentenceSplitter().sentences(in: text).map(\.text)
    }

    @Test(
        "keeps abbreviations, initials and numbers inside sentences",
        arguments: [
            (
                "Mr. Smith met Dr. Jones at St. Mary's. They talked.",
                ["Mr. Smith met Dr. Jones at St. Mary's.", "They talked."]
            ),
            (
                "The vote is on Oct. 14 in Washington. Results follow.",
                ["The vote is on Oct. 14 in Washington.", "Results follow."]
            ),
            (
                "Gen. Milley spoke to U.S. officials. He was brief.",
                ["Gen. Milley spoke to U.S. officials.", "He was brief."]
            ),
            ("She moved to the U.S. The move was hard.", ["She moved to the U.S.", "The move was hard."]),
            (
                "Some fruit, e.g. apples, i.e. the red ones. Fine.",
                ["Some fruit, e.g. apples, i.e. the red ones.", "Fine."]
            ),
            ("J. R. R. Tolkien wrote it. It sold well.", ["J. R. R. Tolkien wrote it.", "It sold well."]),
            (
                "Growth was 1.5 percent. Prices rose 2.3 points.",
                ["Growth was 1.5 percent.", "Prices rose 2.3 points."]
            ),
            (
                "From Jan. 5 to Dec. 31 the office is shut. Call us.",
                ["From Jan. 5 to Dec. 31 the office is shut.", "Call us."]
            ),
            ("Apple Inc. said profits fell. Shares dropped.", ["Apple Inc. said profits fell.", "Shares dropped."]),
            (
                "Sie kommt z. B. am 15. Oktober. Das ist sicher.",
                ["Sie kommt z. B. am 15. Oktober.", "Das ist sicher."]
            ),
            (
                "Er wohnt in der Hauptstraße Nr. 5 in Berlin. Dort ist es ruhig.",
                ["Er wohnt in der Hauptstraße Nr. 5 in Berlin.", "Dort ist es ruhig."]
            ),
            (
                "Der 2. Weltkrieg endete 1945. Danach kam der Wiederaufbau.",
                ["Der 2. Weltkrieg endete 1945.", "Danach kam der Wiederaufbau."]
            ),
            (
                "Selon M. Macron, la réforme est prête. Le débat continue.",
                ["Selon M. Macron, la réforme est prête.", "Le débat continue."]
            ),
            ("El Sr. García llegó ayer. La Sra. López no.", ["El Sr. García llegó ayer.", "La Sra. López no."]),
            (
                "Umowa z 2020 r. obowiązuje nadal. Rząd ją przedłużył.",
                ["Umowa z 2020 r. obowiązuje nadal.", "Rząd ją przedłużył."]
            ),
            ("Zmarł w 2019 r. Pogrzeb odbył się w Krakowie.", ["Zmarł w 2019 r.", "Pogrzeb odbył się w Krakowie."]),
            ("George W. Bush spoke. Laura W. Bush did not.", ["George W. Bush spoke.", "Laura W. Bush did not."]),
        ])
    func abbreviations(text: String, expected: [String]) {
        #expect(split(text) == expected)
    }

    @Test(
        "ends sentences at terminal punctuation with closing quotes and brackets",
        arguments: [
            ("Is it true? Yes! It is.", ["Is it true?", "Yes!", "It is."]),
            ("He said: \"We will win.\" Nobody believed him.", ["He said: \"We will win.\"", "Nobody believed him."]),
            ("„Wir schaffen das.“ Das sagte sie.", ["„Wir schaffen das.“", "Das sagte sie."]),
            ("« Il est parti. » Personne ne l'a vu.", ["« Il est parti. »", "Personne ne l'a vu."]),
            ("(This is an aside.) Then more.", ["(This is an aside.)", "Then more."]),
            (
                "\"I was there... and then,\" she said. \"Nothing...\" The end.",
                ["\"I was there... and then,\" she said.", "\"Nothing...\"", "The end."]
            ),
            ("Wait… What happened?! Nobody knows.", ["Wait…", "What happened?!", "Nobody knows."]),
            ("„Kommst du?“, fragte er. Sie nickte.", ["„Kommst du?“, fragte er.", "Sie nickte."]),
            ("¿Vendrá mañana? ¡Claro que sí! Eso dijo.", ["¿Vendrá mañana?", "¡Claro que sí!", "Eso dijo."]),
            ("他说：“我们会赢。”大家都笑了。真的吗？", ["他说：“我们会赢。”", "大家都笑了。", "真的吗？"]),
            ("هل سيأتي غدا؟ قال إنه سيأتي.", ["هل سيأتي غدا؟", "قال إنه سيأتي."]),
            ("Visit example.com today. It is free.", ["Visit example.com today.", "It is free."]),
            ("No terminal punctuation", ["No terminal punctuation"]),
        ])
    func terminalPunctuation(text: String, expected: [String]) {
        #expect(split(text) == expected)
    }

    @Test func hardLineBreakInsideSentence() {
        let text = """
            The letter was published on Oct.
            14. "The message is clear," the minister said in a statement that was
            shared widely on social media.
            """
        #expect(
            split(text) == [
                "The letter was published on Oct.\n14.",
                "\"The message is clear,\" the minister said in a statement that was\nshared widely on social media.",
            ])
    }

    @Test(
        "decides line breaks",
        arguments: [
            (
                "First paragraph without stop\n\nSecond paragraph.",
                ["First paragraph without stop", "Second paragraph."]
            ),
            ("It ends here.\nA new line starts.", ["It ends here.", "A new line starts."]),
            (
                "Storm hits the coast\nThousands lost power on Sunday.",
                ["Storm hits the coast", "Thousands lost power on Sunday."]
            ),
            (
                "The president said that the\nUnited States would act.",
                ["The president said that the\nUnited States would act."]
            ),
            ("It was published on\n14 October in Berlin.", ["It was published on\n14 October in Berlin."]),
            (
                "A sentence that is cut,\nContinues after a comma.",
                ["A sentence that is cut,\nContinues after a comma."]
            ),
            ("Titel der Meldung\n„Wir bleiben“, sagt sie.", ["Titel der Meldung", "„Wir bleiben“, sagt sie."]),
            ("Items:\n- one\n- two", ["Items:\n- one", "- two"]),
            (
                "Headline here\n\u{2022} first item\n\u{2022} second item",
                ["Headline here", "\u{2022} first item", "\u{2022} second item"]
            ),
            ("Windows line.\r\nNext line.\r\n\r\nNew paragraph", ["Windows line.", "Next line.", "New paragraph"]),
            ("Mr.\nSmith arrived.", ["Mr.\nSmith arrived."]),
            ("Ends with Oct.\n\n14 is a number.", ["Ends with Oct.", "14 is a number."]),
            ("中国发布新规\n北京时间周一，政府宣布了新规定。", ["中国发布新规", "北京时间周一，政府宣布了新规定。"]),
        ])
    func lineBreaks(text: String, expected: [String]) {
        #expect(split(text) == expected)
    }

    @Test(
        "offsets match the text",
        arguments: [
            "  Leading space. Trailing space.  ",
            "Zoë’s café opened. “Naïve,” she said.\n\nThen 東京. 真的吗？是的。",
            "Emoji 👍🏽 here. And 🇩🇪 flags!\r\nDone",
            "The letter was published on Oct.\n14. \"The message…\" Right.",
        ])
    func offsets(text: String) {
        let scalars = Array(text.unicodeScalars)
        let spans = SentenceSplitter().sentences(in: text)
        #expect(!spans.isEmpty)
        var previousEnd = 0
        for span in spans {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[span.start..<span.end])
            #expect(String(view) == span.text)
            #expect(span.start >= previousEnd)
            #expect(!scalars[span.start].properties.isWhitespace)
            #expect(!scalars[span.end - 1].properties.isWhitespace)
            previousEnd = span.end
        }
    }

    @Test func emptyAndBlankText() {
        #expect(split("").isEmpty)
        #expect(split(" \n\n\t ").isEmpty)
    }
}
