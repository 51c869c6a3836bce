/// Month and weekday names in the languages Storyline reads, lowercased, for the date grammar.
///
/// Each language lists nominative names, genitive forms where dates use them ("października",
/// "октября", "жовтня") and common abbreviations. Forms that are also ordinary words ("may", "out",
/// "set", "ago") are only accepted in a date that also has a year, or when capitalised.
enum MonthNames {
    /// Lowercased month name → month number.
    static let months: [String: Int] = {
        var table: [String: Int] = [:]
        for list in lists {
            for (index, names) in list.enumerated() {
                for name in names.split(separator: " ") { table[String(name)] = index + 1 }
            }
        }
        return table
    }()

    /// Month forms that are also common words; a date needs a year or a capital letter to use them.
    static let ambiguous: Set<String> = [
        "may", "march", "mar", "out", "set", "ago", "sie", "gen", "lip", "des", "dez", "mai", "maj", "lis",
        "lut", "sep", "jun", "jul",
    ]

    /// Lowercased weekday names and abbreviations (a date may start with one: "Tuesday, 15 October").
    static let weekdays: Set<String> = {
        var set: Set<String> = []
        for line in weekdayLines { for name in line.split(separator: " ") { set.insert(String(name)) } }
        return set
    }()

    /// One list per language; each entry holds the space-separated forms of one month.
    private static let lists: [[String]] = [
        // en
        [
            "january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
            "august aug", "september sep sept", "october oct", "november nov", "december dec",
        ],
        // de
        [
            "januar jänner jän", "februar", "märz mär mrz", "april", "mai", "juni", "juli", "august",
            "september", "oktober okt", "november", "dezember dez",
        ],
        // fr
        [
            "janvier janv", "février fevrier févr fév", "mars", "avril avr", "mai", "juin", "juillet juil",
            "août aout", "septembre", "octobre", "novembre", "décembre decembre déc",
        ],
        // es
        [
            "enero ene", "febrero", "marzo", "abril abr", "mayo", "junio", "julio", "agosto ago",
            "septiembre setiembre", "octubre", "noviembre", "diciembre dic",
        ],
        // it
        [
            "gennaio gen", "febbraio", "marzo", "aprile", "maggio mag", "giugno giu", "luglio lug", "agosto",
            "settembre set", "ottobre ott", "novembre", "dicembre",
        ],
        // pt
        [
            "janeiro", "fevereiro fev", "março marco", "abril", "maio", "junho", "julho", "agosto",
            "setembro", "outubro out", "novembro", "dezembro",
        ],
        // nl
        [
            "januari", "februari", "maart mrt", "april", "mei", "juni", "juli", "augustus", "september",
            "oktober", "november", "december",
        ],
        // pl: nominative, genitive, abbreviation
        [
            "styczeń stycznia sty", "luty lutego lut", "marzec marca", "kwiecień kwietnia kwi",
            "maj maja", "czerwiec czerwca cze", "lipiec lipca lip", "sierpień sierpnia sie",
            "wrzesień września wrz", "październik października paź", "listopad listopada lis",
            "grudzień grudnia gru",
        ],
        // uk
        [
            "січень січня січ", "лютий лютого лют", "березень березня бер", "квітень квітня квіт",
            "травень травня трав", "червень червня черв", "липень липня лип", "серпень серпня серп",
            "вересень вересня вер", "жовтень жовтня жовт", "листопад листопада лист", "грудень грудня груд",
        ],
        // ru
        [
            "январь января янв", "февраль февраля фев", "март марта", "апрель апреля апр", "май мая",
            "июнь июня июн", "июль июля июл", "август августа авг", "сентябрь сентября сен сент",
            "октябрь октября окт", "ноябрь ноября ноя нояб", "декабрь декабря дек",
        ],
        // tr
        [
            "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim",
            "kasım", "aralık",
        ],
        // id
        [
            "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus agu agt ags",
            "september", "oktober", "november", "desember des",
        ],
    ]

    private static let weekdayLines: [String] = [
        "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun",
        "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag",
        "lundi mardi mercredi jeudi vendredi samedi dimanche",
        "lunes martes miércoles miercoles jueves viernes sábado sabado domingo",
        "lunedì martedì mercoledì giovedì venerdì sabato domenica",
        "segunda terça terca quarta quinta sexta segunda-feira terça-feira quarta-feira quinta-feira sexta-feira",
        "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
        "poniedziałek wtorek środa czwartek piątek sobota niedziela",
        "понеділок вівторок середа четвер п'ятниця п’ятниця субота неділя",
        "понедельник вторник среда четверг пятница суббота воскресенье",
        "pazartesi salı çarşamba perşembe cuma cumartesi pazar",
        "senin selasa rabu kamis jumat sabtu minggu",
    ]
}
