/// General English word lists behind the entity rules: titles, organisation words, name particles.
///
/// All entries are lowercase; compare against ``NameWord/folded``.
enum EntityLexicon {
    /// Punctuation after which the next word opens a clause, so its capital says nothing.
    static let clauseOpeners: Set<Unicode.Scalar> = [
        ".", "!", "?", ":", ";", "\"", "\u{201C}", "\u{201E}", "\u{00AB}", "\u{2018}", "\u{201A}", "(", "[",
        "\u{2014}", "\u{2013}", "\u{2026}", "\u{300C}", "\u{300E}", "\u{2022}", "|", "\u{2039}",
    ]

    /// Abbreviations that keep their full stop inside the word.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "capt", "sgt", "adm", "gov", "sen", "rep", "rev",
        "st", "jr", "sr", "inc", "corp", "co", "ltd", "llc", "plc", "bros", "mt", "pres", "sec",
    ]

    /// Words that head a title on their own: "President Ana Costa", "party spokesperson Li Wei".
    static let titleHeads: Set<String> = [
        "president", "minister", "chancellor", "senator", "governor", "mayor", "ceo", "cfo", "coo", "chairman",
        "chairwoman", "chairperson", "chair", "spokesperson", "spokesman", "spokeswoman", "chief", "head",
        "secretary", "secretary-general", "general", "nominee", "candidate", "king", "queen", "pope", "prince",
        "princess", "emperor", "sheikh", "emir", "sultan", "ambassador", "envoy", "commissioner", "director",
        "judge", "justice", "premier", "lieutenant", "colonel", "captain", "admiral", "marshal", "commander",
        "sergeant", "professor", "representative", "congressman", "congresswoman", "lawmaker", "mp", "mep",
        "leader", "founder", "executive", "adviser", "advisor", "officer", "official", "minister-president",
        "vice-president", "deputy", "presenter", "correspondent", "analyst", "economist", "coach", "archbishop",
        "bishop", "cardinal", "rabbi", "imam", "father", "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "lt.",
        "col.", "capt.", "sgt.", "adm.", "gov.", "sen.", "rep.", "rev.", "pres.", "sec.", "mr", "mrs", "ms",
        "dr", "lord", "lady", "sir", "dame", "boss", "attorney", "prosecutor", "chancellor-elect",
        "president-elect", "prime", "auditor", "inspector", "superintendent", "provost", "rector", "dean", "sheriff",
        "speaker", "whip", "magistrate", "constable",
    ]

    /// Words that only make a title together with a head: "Prime Minister", "Defense Minister".
    static let titleModifiers: Set<String> = [
        "prime", "vice", "deputy", "foreign", "defense", "defence", "interior", "finance", "economy", "health",
        "education", "justice", "energy", "trade", "labour", "labor", "transport", "agriculture", "culture",
        "environment", "home", "state", "assistant", "associate", "acting", "executive", "managing",
        "general", "chief", "senior", "junior", "supreme", "high", "first", "former", "ex", "new", "then",
        "military", "press", "party", "opposition", "government", "union", "army", "navy", "police",
        "presidential", "national", "regional", "federal", "european", "top", "interim", "outgoing",
        "incoming", "current", "lead", "digital", "science", "security", "intelligence", "economic",
        "foreign-affairs", "minority", "majority", "house", "senate", "cabinet", "communications",
        "information", "sports", "tourism", "industry", "development", "treasury", "commerce", "war",
    ]

    /// Words that make a capitalised run an organisation.
    static let organizationWords: Set<String> = [
        "organization", "organisation", "party", "alliance", "ministry", "council", "union", "agency", "bank",
        "inc", "inc.", "corp", "corp.", "corporation", "company", "co.", "ltd", "ltd.", "llc", "plc", "group",
        "university", "college", "institute", "army", "navy", "force", "forces", "court", "commission",
        "committee", "parliament", "congress", "senate", "assembly", "government", "department", "office",
        "association", "federation", "foundation", "fund", "league", "club", "network", "authority",
        "service", "services", "police", "guard", "brigade", "battalion", "regiment", "command", "airlines",
        "airways", "motors", "holdings", "industries", "partners", "press", "news", "times", "post", "journal",
        "herald", "tribune", "gazette", "telegraph", "radio", "television", "tv", "broadcasting",
        "broadcaster", "rundfunk", "channel", "media", "newspaper", "magazine", "cabinet",
        "secretariat", "board", "bureau", "directorate", "coalition", "movement", "front", "church",
        "mission", "school", "hospital", "museum", "society", "center", "centre", "treaty", "nations",
        "bloc", "exchange", "systems", "technologies", "labs", "laboratories", "pharmaceuticals", "group's",
        "ag", "gmbh", "sa", "nv", "bv", "spa", "kg", "foundation's", "tribunal", "prosecutor's", "cartel",
    ]

    /// Well-known news agencies and broadcasters, which are quoted as sources so often that they
    /// would otherwise look like speakers.
    static let newsOutlets: Set<String> = [
        "reuters", "associated press", "ap", "afp", "agence france-presse", "bloomberg", "bbc", "cnn",
        "al jazeera", "tass", "ria novosti", "interfax", "xinhua", "kyodo", "yonhap", "ansa", "efe", "dpa",
        "ukrinform", "anadolu", "pti", "nhk", "cbs", "nbc", "abc", "fox news", "sky news", "euronews",
        "deutsche welle", "politico", "axios",
    ]

    /// Lowercase words that, written right before a name, say it is an organisation
    /// ("broadcaster NHK", "German radio X").
    static let organizationCues: Set<String> = [
        "radio", "broadcaster", "newspaper", "daily", "agency", "channel", "station", "outlet", "magazine",
        "company", "firm", "group", "party", "bank", "carrier", "airline", "network", "website", "portal",
        "publication", "tabloid", "weekly", "regulator", "watchdog", "insurer", "automaker", "maker",
    ]

    /// Words after which "of" continues a name: "Bank of Japan", "Secretary of State", "Gulf of Aden".
    static let ofJoiners: Set<String> = organizationWords.union([
        "republic", "kingdom", "gulf", "sea", "bay", "isle", "islands", "state", "states", "duke", "duchess",
        "cape", "strait", "province", "city", "lake", "mount", "emirate", "sultanate", "principality",
        "secretary", "minister", "president", "governor", "mayor", "head", "chief", "prince", "king", "queen",
        "chancellor", "director", "chairman", "ambassador", "commissioner", "speaker", "bishop", "archbishop",
        "battle", "siege", "treaty", "declaration", "museum", "port", "district", "region", "county",
        "federation", "commonwealth", "people's", "peoples", "house", "chamber", "hall",
    ])

    /// Name particles that continue a name between two capitalised words ("Ludwig van Beethoven").
    static let connectors: Set<String> = [
        "de", "da", "das", "do", "dos", "del", "della", "der", "den", "van", "von", "ter", "ten", "bin", "bint",
        "ibn", "al", "el", "la", "le", "du", "di", "y", "zu", "abu",
    ]

    /// Capitalised words that open sentences without naming anything.
    static let sentenceStarters: Set<String> = [
        "despite", "amid", "although", "though", "however", "meanwhile", "speaking", "earlier", "later",
        "under", "according", "following", "while", "since", "until", "unlike", "instead", "overall",
        "yet", "still", "thus", "hence", "moreover", "furthermore", "besides", "nevertheless", "asked",
        "writing", "addressing", "today", "yesterday", "tomorrow", "now", "even", "many", "several",
        "both", "another", "every", "neither", "either", "nor", "much", "some", "last", "next", "this",
        "like", "why", "let", "please", "new", "related", "read", "see", "also", "more", "photo", "video",
        "watch", "images", "image", "source", "editor's", "note", "update", "updated", "breaking", "live",
        "exclusive", "analysis", "opinion", "advertisement", "subscribe", "share", "follow", "become",
        "here", "there", "around", "across", "along", "among", "amongst", "toward", "towards", "upon",
        "whether", "whereas", "whilst", "within", "without", "once", "almost", "perhaps", "indeed",
        "currently", "recently", "finally", "first", "second", "third", "then", "so", "on", "in", "at",
    ]

    /// Months, weekdays and their abbreviations: capitalised, but not entities.
    static let calendarWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
        "wed", "thu", "fri", "sat", "sun",
    ]

    /// Words before a name that place it: "in Lagos", "near the border town of X".
    static let placePrepositions: Set<String> = [
        "in", "at", "near", "from", "to", "outside", "across", "toward", "towards",
    ]

    /// Words that, written before a word run, make "in X" not a place ("in Reuters' report").
    static let pronouns: Set<String> = [
        "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "me", "his", "hers", "their",
    ]

    /// Whether a folded word is a title head; hyphenated prefixes such as "ex-" and "vice-" count
    /// through the head they precede.
    static func isTitleHead(_ folded: String) -> Bool {
        if titleHeads.contains(folded) { return true }
        if let hyphen = folded.firstIndex(of: "-") {
            let prefix = String(folded[..<hyphen])
            let rest = String(folded[folded.index(after: hyphen)...])
            if ["ex", "vice", "deputy", "former", "co"].contains(prefix) { return isTitleHead(rest) }
            if titleHeads.contains(prefix) && ["general", "elect", "in-chief", "designate"].contains(rest) {
                return true
            }
        }
        return false
    }

    /// Whether a folded word belongs to a title, as head or modifier.
    static func isTitleWord(_ folded: String) -> Bool {
        isTitleHead(folded) || titleModifiers.contains(folded)
    }
}
