import Testing

@testable import StorylineAnalysis

struct EntityRecognizerTests {
    private func mention(_ name: String, in text: String) -> EntityMention? {
        EntityRecognizer().mentions(in: text).first { $0.name == name }
    }

    @Test(arguments: [
        ("Foreign Minister Ana Korvel arrived in Oslo.", "Ana Korvel", EntityKind.person),
        ("The talks were led by Maria van Hoorn and others.", "Maria van Hoorn", .person),
        ("Officials met Dragan Miloš on Friday; Miloš said little.", "Dragan Miloš", .person),
        ("Investors sold shares of Northwind Holdings on Friday.", "Northwind Holdings", .organization),
        ("The Green Party won the vote.", "Green Party", .organization),
        ("The statement came from the Bank of Lorvania late on Friday.", "Bank of Lorvania", .organization),
        ("Envoys from the OSCE arrived.", "OSCE", .organization),
        ("Troops were sent to Germany last week.", "Germany", .place),
        ("Protests spread to Buenos Aires overnight.", "Buenos Aires", .place),
        ("The convoy stopped near Velmora before dawn.", "Velmora", .place),
        ("The station was closed, broadcaster Radio Sorvo reported.", "Radio Sorvo", .organization),
        ("Talks with Kell Dorran stalled, Dorran said.", "Kell Dorran", .person),
    ])
    func kinds(text: String, name: String, kind: EntityKind) throws {
        let found = try #require(mention(name, in: text))
        #expect(found.kind == kind)
    }

    @Test(arguments: [
        ("Defense Minister Ana Korvel spoke.", "Ana Korvel", "Defense Minister"),
        ("UN Secretary-General Kofi Ansah spoke.", "Kofi Ansah", "UN Secretary-General"),
        ("Party spokesperson Li Wen declined to comment.", "Li Wen", "Party spokesperson"),
        ("The Estonian defense minister Hanna Tamm said so.", "Hanna Tamm", "Estonian defense minister"),
        ("Republican nominee and ex-President Tom Brandt said so.", "Tom Brandt", "ex-President"),
        ("Prime Minister of Norway Eva Lind visited.", "Eva Lind", "Prime Minister of Norway"),
        ("Dr. Sara Okafor leads the team.", "Sara Okafor", "Dr."),
        (
            "Vance, who served as prime minister of Peru from 2001 to 2006, said it was over.", "Vance",
            "prime minister of Peru"
        ),
    ])
    func rolesAreStrippedFromNames(text: String, name: String, role: String) throws {
        let found = try #require(mention(name, in: text))
        #expect(found.kind == .person)
        #expect(found.role == role)
    }

    @Test(arguments: [
        "The minister spoke. However, nobody listened.",
        "But the vote failed. Despite that, they went on.",
        "This is it. In the end they left.",
    ])
    func sentenceInitialFunctionWordsAreNotEntities(text: String) {
        #expect(EntityRecognizer().mentions(in: text).isEmpty)
    }

    @Test func monthsAndWeekdaysAreNotEntities() {
        let names = EntityRecognizer().mentions(in: "The vote is on Monday, Oct. 14, in Paris.").map(\.name)
        #expect(names == ["Paris"])
    }

    @Test func acronymDefinitionsGiveBothMentionsAndThePair() throws {
        let text = "The World Health Organization (WHO) and the Joint Relief Fund for Sudan (JRFS) met. WHO said no."
        let definitions = EntityRecognizer().acronyms(in: text)
        #expect(definitions.map(\.acronym) == ["WHO", "JRFS"])
        #expect(definitions.map(\.expansion) == ["World Health Organization", "Joint Relief Fund for Sudan"])
        let scalars = Array(text.unicodeScalars)
        for definition in definitions {
            #expect(
                String(String.UnicodeScalarView(scalars[definition.start..<definition.end])) == definition.expansion)
        }
        let mentions = EntityRecognizer().mentions(in: text)
        #expect(mentions.contains { $0.name == "World Health Organization" && $0.kind == .organization })
        #expect(mentions.filter { $0.name == "WHO" }.count == 2)
        #expect(mentions.filter { $0.name == "WHO" }.allSatisfy { $0.kind == .organization })
    }

    @Test func possessivesAndInitialismsKeepOffsets() {
        let text = "In Ireland’s capital, U.S. envoy J. R. Hale met Mr. Ortiz. Hale's aides and Ortiz's staff waited."
        let mentions = EntityRecognizer().mentions(in: text)
        let scalars = Array(text.unicodeScalars)
        for mention in mentions {
            #expect(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == mention.name)
        }
        #expect(mentions.contains { $0.name == "Ireland" && $0.kind == .place })
        #expect(mentions.contains { $0.name == "U.S." && $0.kind == .place })
        #expect(mentions.contains { $0.name == "Ortiz" && $0.role == "Mr." })
    }

    @Test func surnamesMergeIntoTheFullName() {
        let text = """
            Defense Minister Hanna Tamm visited the base. Tamm said the drills would go on. \
            Minister Tamm later left. Critics of Tamm's plan spoke too.
            """
        let resolver = EntityResolver(mentions: EntityRecognizer().mentions(in: text))
        let people = resolver.people
        #expect(people.map(\.name) == ["Hanna Tamm"])
        #expect(people.first?.mentions.count == 4)
        #expect(people.first?.roles == ["Defense Minister", "Minister"])
        #expect(resolver.canonicalName(of: "Tamm", near: 60) == "Hanna Tamm")
    }

    @Test(arguments: [
        ("the new Secretary General", "Ana Korvel"),
        ("Secretary-General", "Ana Korvel"),
        ("the NAFO chief", "Ana Korvel"),
        ("the foreign minister", "Piet Smal"),
        ("the central bank governor", nil),
    ])
    func roleMentionsMapToThePersonIntroducedWithTheRole(phrase: String, person: String?) {
        let text = """
            NAFO Secretary General Ana Korvel met Foreign Minister Piet Smal in Oslo. They spoke for an hour.
            """
        let resolver = EntityResolver(mentions: EntityRecognizer().mentions(in: text))
        #expect(resolver.person(matchingRole: phrase, before: text.unicodeScalars.count) == person)
    }
}
