import StorylineCore

/// A proleptic Gregorian calendar day as a count of days since 1970-01-01, for date arithmetic.
struct CalendarDay: Sendable, Hashable, Comparable {
    /// Days since 1970-01-01.
    var number: Int

    init(number: Int) { self.number = number }

    init(year: Int, month: Int, day: Int) {
        // Howard Hinnant's days-from-civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        number = era * 146_097 + dayOfEra - 719_468
    }

    init(_ date: PublicationDate) { self.init(year: date.year, month: date.month, day: date.day) }

    /// The civil date of this day (Hinnant's civil-from-days).
    var civil: (year: Int, month: Int, day: Int) {
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Day of the week, 1 = Monday … 7 = Sunday (ISO 8601).
    var weekday: Int {
        // 1970-01-01 was a Thursday.
        let index = (number + 3) % 7
        return (index < 0 ? index + 7 : index) + 1
    }

    func adding(days: Int) -> CalendarDay { CalendarDay(number: number + days) }

    /// The day as a ``PublicationDate`` of precision `.day`.
    var publicationDate: PublicationDate? {
        let (year, month, day) = civil
        return PublicationDate(year: year, month: month, day: day)
    }

    static func < (lhs: Self, rhs: Self) -> Bool { lhs.number < rhs.number }
}
