/// Word lists that tell a sentence end from an abbreviation or a wrapped line.
extension SentenceSplitter {
    /// How a word followed by a full stop behaves at a possible sentence end.
    enum AbbreviationKind: Sendable {
        /// Titles and "for example"-like abbreviations that never end a sentence (Mr., Dr., z. B., e.g.).
        case neverFinal
        /// Month and "about" abbreviations: a digit follows inside the sentence (Oct. 14, ok. 50).
        case beforeNumber
        /// Abbreviations that often end a sentence (etc., Inc., usw., Polish r.): a capital ends it.
        case mayBeFinal
    }

    /// Abbreviations by their spelling without the final full stop. Lowercase keys also match a
    /// capitalised token ("Vgl."); keys with capitals match only as written ("No." but not "no.").
    static let abbreviations: [String: AbbreviationKind] = {
        var table: [String: AbbreviationKind] = [:]
        let neverFinal = [
            // English titles, ranks and reference words
            "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cpt", "maj", "adm",
            "cmdr", "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp", "st", "mt", "ft", "vs", "e.g",
            "i.e", "cf", "viz", "approx", "ca", "dept", "Sr", "Sra", "Srta", "Sres",
            // German
            "nr", "hr", "hrn", "fr", "frau", "z.b", "d.h", "bzw", "ggf", "evtl", "vgl", "sog", "inkl", "zzgl",
            "ehem", "abs", "mio", "mrd", "tsd", "bspw", "z.t", "o.ä", "s.o", "s.u", "v.a", "u.u", "lt",
            // French, Spanish, Italian, Portuguese
            "mme", "mmes", "mlle", "mlles", "Me", "Mgr", "p.ex", "dn", "dña", "ud", "uds", "lic", "ing", "arq",
            "avda", "av", "sig", "sigg", "dott", "avv", "sra", "srs", "exmo", "exma",
            // Dutch, Polish, Czech, Turkish, Russian, Ukrainian
            "dhr", "mevr", "drs", "ir", "bijv", "o.a", "mgr", "inż", "hab", "płk", "ks", "np", "tzw", "tj",
            "ul", "św", "m.in", "wg", "godz", "tys", "mln", "mld", "doc", "mudr",
            "doç", "sn", "т.е", "т.к", "им", "ул", "ст", "тыс", "млн", "млрд", "руб", "вул", "пл", "див", "напр",
        ]
        for key in neverFinal { table[key] = .neverFinal }
        let beforeNumber = [
            "jan", "feb", "febr", "Mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "okt", "nov", "dec",
            "dez", "janv", "févr", "avr", "juil", "déc", "ene", "abr", "Ago", "dic", "genn", "febbr", "ott",
            "ok", "nos", "no", "art", "kap", "str", "tel", "pkt", "poz", "fig", "figs", "vol", "vols", "pp", "sec",
            "ch", "para", "pág", "págs", "núm", "гл", "п", "рис", "с", "стр", "№",
        ]
        for key in beforeNumber where table[key] == nil { table[key] = .beforeNumber }
        let mayBeFinal = [
            "etc", "inc", "ltd", "co", "corp", "jr", "bros", "plc", "llc", "usw", "u.a", "u.ä", "etc", "ecc",
            "r", "rr", "w", "г", "гг", "в", "вв", "р", "т.д", "т.п", "и.т.д", "др", "пр", "ін", "etc.", "a.m",
            "p.m", "b.v", "n.v", "s.a", "s.p.a", "gmbh", "ag", "sa", "vb", "al",
        ]
        for key in mayBeFinal where table[key] == nil { table[key] = .mayBeFinal }
        return table
    }()

    /// Words that usually open a sentence: after an initialism ("in the U.S. The …") they confirm a
    /// sentence end, while any other capitalised word ("U.S. President …") continues the sentence.
    static let sentenceOpeners: Set<String> = [
        // English
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "In", "On", "At", "This",
        "That", "These", "Those", "There", "His", "Her", "Its", "Their", "Our", "My", "As", "After", "Before",
        "When", "While", "If", "For", "So", "Yet", "However", "Meanwhile", "What", "Why", "How", "Who", "Some",
        "Many", "Most", "According", "Last", "Now", "Then", "Both", "Since", "Although", "Also", "Still",
        "Even", "It's", "Officials", "Earlier", "Later", "Today", "Yesterday", "Instead", "Despite",
        // German
        "Der", "Die", "Das", "Ein", "Eine", "Er", "Sie", "Es", "Wir", "Ich", "Im", "Am", "Auch", "Aber", "Und",
        "Dies", "Diese", "Dieser", "Damit", "Doch", "Nach", "Bei", "Mit", "Zum", "Zur", "Man", "Nun", "Dann",
        // French
        "Le", "La", "Les", "Un", "Une", "Il", "Elle", "Ils", "Elles", "Nous", "Je", "Ce", "Cette", "Mais",
        "Et", "En", "Au", "Aux", "Dans", "Pour", "Selon",
        // Spanish, Italian, Portuguese
        "El", "Los", "Las", "Una", "Él", "Ella", "Pero", "Por", "Para", "Con", "Según", "Este", "Esta", "Lo",
        "Gli", "È", "Ma", "Per", "Secondo", "Questo", "Questa", "Os", "As", "Ele", "Mas", "Segundo",
        // Polish, Dutch, Turkish
        "W", "Na", "To", "Ten", "Ta", "Jest", "Nie", "Ale", "Od", "Do", "Po", "Jak", "Het", "Een", "De",
        "Bu", "Ancak", "Ve",
    ]

    /// Month names in the languages we split, lowercased, to keep "15. Oktober" together.
    static let monthNames: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober",
        "dezember", "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
        "septiembre", "octubre", "noviembre", "diciembre", "gennaio", "febbraio", "aprile", "maggio",
        "giugno", "luglio", "settembre", "ottobre", "dicembre", "januari", "februari", "maart", "augustus",
        "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
        "października", "listopada", "grudnia", "ledna", "února", "března", "dubna", "května", "června",
        "července", "srpna", "září", "října", "listopadu", "prosince", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "okt", "nov", "dec", "dez",
    ]

    /// German articles and prepositions before an ordinal ("am 3. Mai", "der 2. Weltkrieg").
    static let ordinalPrecursors: Set<String> = [
        "der", "die", "das", "den", "dem", "des", "am", "im", "vom", "zum", "zur", "beim", "seit", "ab", "bis",
        "ihr", "ihre", "ihrem", "ihren", "sein", "seine", "seinem", "seinen", "sein", "jeder", "jede", "jedes",
        "dieser", "diese", "dieses", "vor", "nach", "zum", "für", "fürs", "ins", "aufs",
    ]

    /// Lowercase function words that cannot end a sentence or a headline: a line ending in one of them
    /// was wrapped inside a sentence ("… said that the\nUnited States …").
    static let continuingWords: Set<String> = [
        "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but", "that",
        "as", "is", "was", "are", "were", "be", "his", "her", "their", "its", "this", "these", "those", "into",
        "about", "than", "has", "have", "had", "will", "would", "who", "which", "said", "der", "die", "das",
        "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und", "oder", "im", "am", "an", "auf",
        "aus", "bei", "mit", "nach", "von", "vor", "zu", "zum", "zur", "für", "über", "unter", "ist", "sind",
        "war", "wurde", "dass", "le", "la", "les", "un", "une", "des", "du", "de", "et", "ou", "à", "au",
        "aux", "en", "dans", "par", "pour", "sur", "avec", "que", "qui", "est", "el", "los", "las", "una",
        "y", "del", "con", "por", "para", "il", "lo", "gli", "di", "della", "e", "per", "che", "è", "w",
        "na", "z", "do", "i", "oraz", "że", "się", "jest", "o", "od", "po", "ve", "ile", "bir", "het", "een",
        "van", "op", "met", "voor", "dat", "в", "и", "на", "с", "по", "что", "не", "к", "от", "для", "і", "та",
        "що", "з",
    ]
}
