/// The English words relative dates are written with.
enum DateWords {
    /// Weekday names and common abbreviations, ISO numbered (1 = Monday).
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]

    /// Month names, with the common "Sept".
    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "sept": 9, "october": 10, "november": 11, "december": 12,
    ]

    /// Words after which a month name alone dates something ("in July", "since March", "by June").
    static let monthContext: Set<String> = [
        "in", "since", "from", "until", "till", "by", "through", "throughout", "during", "before", "after", "early",
        "late", "mid", "between", "last", "this", "next", "past",
    ]

    /// Words after which a four-digit number alone is a year ("in 2026", "since 2014", "by 2030").
    static let yearContext: Set<String> = [
        "in", "since", "from", "until", "till", "by", "through", "before", "after", "during", "between", "early",
        "late", "mid", "starting", "beginning",
    ]

    /// Words before "of" that make the month or year after it a date ("the end of July", "summer of 2026").
    static let periodOf: Set<String> = [
        "end", "start", "beginning", "middle", "half", "quarter", "spring", "summer", "autumn", "fall", "winter",
    ]

    /// Counting units of "N … ago" and their length in days (months and years are counted on the calendar).
    static let agoUnits: [String: Int] = [
        "minute": 0, "minutes": 0, "hour": 0, "hours": 0, "day": 1, "days": 1, "week": 7, "weeks": 7,
        "month": 30, "months": 30, "year": 365, "years": 365,
    ]

    /// Words that put the verb near a date in the future ("will visit on Monday").
    static let futureMarkers: Set<String> = [
        "will", "shall", "won't", "wont", "'ll", "going", "due", "set", "scheduled", "expected", "plans", "planned",
        "upcoming", "intends", "aims",
    ]

    /// Past-tense words that are not "-ed" forms.
    static let pastMarkers: Set<String> = [
        "said", "told", "was", "were", "had", "did", "met", "began", "took", "gave", "made", "held", "spoke", "went",
        "came", "saw", "left", "sent", "wrote", "won", "lost", "ran", "struck", "hit", "fell", "rose", "became",
        "brought", "fought", "flew", "drew", "led", "paid", "shot", "stood", "thought", "wore",
        "broke", "chose", "spent", "sought", "knew", "found", "heard", "kept", "meant", "built", "felt", "got",
        "bought", "caught", "taught",
    ]
}
