import Testing

@testable import StorylineText

/// Samples written for these tests (short news-style paragraphs), two or more per language.
@Suite("LanguageIdentifier")
struct LanguageIdentifierTests {
    static let samples: [(String, String)] = [
        (
            "en",
            "The city council approved the new budget on Tuesday after a long debate about housing and public transport."
        ),
        ("en", "Officials said they were still investigating the cause of the fire, which destroyed two buildings."),
        (
            "de",
            "Der Stadtrat hat am Dienstag nach langer Debatte den neuen Haushalt beschlossen, der mehr Geld für Schulen vorsieht."
        ),
        (
            "de",
            "Nach Angaben der Polizei wurde bei dem Unfall niemand schwer verletzt, die Straße ist aber noch gesperrt."
        ),
        (
            "fr",
            "Le conseil municipal a adopté mardi le nouveau budget après un long débat sur le logement et les transports."
        ),
        ("fr", "Selon les autorités, l'incendie n'a fait aucune victime, mais deux bâtiments ont été détruits."),
        (
            "es",
            "El ayuntamiento aprobó el martes el nuevo presupuesto tras un largo debate sobre la vivienda y el transporte."
        ),
        ("es", "Según la policía, nadie resultó herido de gravedad en el accidente, pero la carretera sigue cortada."),
        (
            "it",
            "Il consiglio comunale ha approvato martedì il nuovo bilancio dopo un lungo dibattito sulla casa e sui trasporti."
        ),
        ("it", "Secondo la polizia, nessuno è rimasto ferito gravemente nell'incidente, ma la strada è ancora chiusa."),
        (
            "pt",
            "A câmara municipal aprovou na terça-feira o novo orçamento depois de um longo debate sobre habitação e transportes."
        ),
        ("pt", "Segundo a polícia, ninguém ficou gravemente ferido no acidente, mas a estrada continua fechada."),
        (
            "nl",
            "De gemeenteraad heeft dinsdag na een lang debat over wonen en openbaar vervoer de nieuwe begroting goedgekeurd."
        ),
        ("nl", "Volgens de politie is bij het ongeluk niemand ernstig gewond geraakt, maar de weg is nog afgesloten."),
        (
            "pl",
            "Rada miasta przyjęła we wtorek nowy budżet po długiej debacie o mieszkaniach i transporcie publicznym."
        ),
        ("pl", "Według policji nikt nie został poważnie ranny w wypadku, ale droga jest nadal zamknięta."),
        (
            "tr",
            "Belediye meclisi salı günü konut ve toplu taşıma üzerine uzun bir tartışmanın ardından yeni bütçeyi onayladı."
        ),
        ("tr", "Polise göre kazada kimse ağır yaralanmadı, ancak yol hâlâ trafiğe kapalı."),
        (
            "id",
            "Dewan kota menyetujui anggaran baru pada hari Selasa setelah perdebatan panjang tentang perumahan dan transportasi."
        ),
        (
            "id",
            "Menurut polisi, tidak ada yang terluka parah dalam kecelakaan itu, tetapi jalan tersebut masih ditutup."
        ),
        (
            "ru",
            "Городской совет во вторник утвердил новый бюджет после долгих споров о жилье и общественном транспорте."
        ),
        ("ru", "По словам полиции, в аварии никто серьезно не пострадал, но дорога всё ещё перекрыта."),
        (
            "uk",
            "Міська рада у вівторок затвердила новий бюджет після тривалої дискусії щодо житла та громадського транспорту."
        ),
        ("uk", "За словами поліції, в аварії ніхто серйозно не постраждав, але дорога досі перекрита."),
        ("ar", "وافق مجلس المدينة يوم الثلاثاء على الميزانية الجديدة بعد نقاش طويل حول السكن والنقل العام."),
        ("ar", "وقالت الشرطة إن أحدا لم يصب بجروح خطيرة في الحادث، لكن الطريق لا يزال مغلقا."),
        ("zh", "市议会周二在就住房和公共交通问题进行长时间辩论后批准了新预算。"),
        ("zh", "警方表示，事故中没有人受重伤，但道路仍然封闭。"),
        ("ja", "市議会は火曜日、住宅と公共交通をめぐる長い議論の末、新しい予算を承認した。"),
        ("ja", "警察によると、事故で重傷を負った人はいないが、道路はまだ通行止めになっている。"),
        ("ko", "시의회는 화요일 주택과 대중교통에 관한 긴 논쟁 끝에 새 예산을 승인했다."),
        ("ko", "경찰에 따르면 사고로 크게 다친 사람은 없지만 도로는 여전히 통제되고 있다."),
        ("el", "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη τον νέο προϋπολογισμό μετά από μακρά συζήτηση."),
        ("el", "Σύμφωνα με την αστυνομία, κανείς δεν τραυματίστηκε σοβαρά στο ατύχημα."),
        ("he", "מועצת העיר אישרה ביום שלישי את התקציב החדש לאחר דיון ארוך על דיור ותחבורה ציבורית."),
        ("he", "לדברי המשטרה, איש לא נפצע קשה בתאונה, אך הכביש עדיין סגור."),
        ("fa", "شورای شهر روز سه‌شنبه پس از بحثی طولانی درباره مسکن و حمل و نقل عمومی بودجه جدید را تصویب کرد."),
        ("fa", "به گفته پلیس در این حادثه کسی به شدت زخمی نشد اما جاده هنوز بسته است."),
        (
            "sv",
            "Kommunfullmäktige godkände på tisdagen den nya budgeten efter en lång debatt om bostäder och kollektivtrafik."
        ),
        ("sv", "Enligt polisen skadades ingen allvarligt i olyckan, men vägen är fortfarande avstängd."),
        ("da", "Byrådet godkendte tirsdag det nye budget efter en lang debat om boliger og offentlig transport."),
        ("da", "Ifølge politiet kom ingen alvorligt til skade ved ulykken, men vejen er stadig spærret."),
        ("no", "Bystyret vedtok tirsdag det nye budsjettet etter en lang debatt om boliger og kollektivtransport."),
        ("no", "Ifølge politiet ble ingen alvorlig skadet i ulykken, men veien er fortsatt stengt."),
        ("cs", "Městská rada v úterý po dlouhé debatě o bydlení a veřejné dopravě schválila nový rozpočet."),
        ("cs", "Podle policie nebyl při nehodě nikdo vážně zraněn, silnice je ale stále uzavřená."),
        ("ro", "Consiliul local a aprobat marți noul buget după o dezbatere lungă despre locuințe și transport."),
        ("ro", "Potrivit poliției, nimeni nu a fost rănit grav în accident, dar drumul este încă închis."),
        (
            "hu",
            "A városi tanács kedden hosszú vita után elfogadta az új költségvetést, amely több pénzt ad az iskoláknak."
        ),
        ("hu", "A rendőrség szerint a balesetben senki sem sérült meg súlyosan, de az út még mindig le van zárva."),
        ("fi", "Kaupunginvaltuusto hyväksyi tiistaina uuden talousarvion pitkän keskustelun jälkeen."),
        ("fi", "Poliisin mukaan kukaan ei loukkaantunut vakavasti onnettomuudessa, mutta tie on yhä suljettu."),
    ]

    @Test("identifies news paragraphs", arguments: samples)
    func identifies(code: String, text: String) {
        let guess = LanguageIdentifier().identify(text)
        #expect(guess?.code == code, "\(text)")
        #expect((guess?.confidence ?? 0) > 0)
    }

    @Test(arguments: ["", "   \n\t", "12345 67.89 — %&/", "👍🏽🎉"])
    func noLettersGivesNil(text: String) {
        #expect(LanguageIdentifier().identify(text) == nil)
    }

    @Test func cyrillicLettersSeparateUkrainianFromRussian() {
        #expect(LanguageIdentifier().identify("Це їхня країна")?.code == "uk")
        #expect(LanguageIdentifier().identify("Это была ошибка")?.code == "ru")
    }

    @Test func chineseWithLatinNamesStaysChinese() {
        let text = "苹果公司（Apple Inc.）周一发布了新款iPhone，首席执行官Tim Cook在发布会上讲话。"
        #expect(LanguageIdentifier().identify(text)?.code == "zh")
    }

    @Test func longerTextsAreMoreConfident() throws {
        let short = try #require(LanguageIdentifier().identify("Der Hund"))
        let long = try #require(
            LanguageIdentifier().identify(
                "Der Hund ist nach Angaben der Polizei am Montag aus dem Garten entlaufen und wurde erst am Abend "
                    + "von einer Nachbarin in der Nähe des Bahnhofs gefunden."))
        #expect(long.code == "de")
        #expect(long.confidence > short.confidence)
    }
}
