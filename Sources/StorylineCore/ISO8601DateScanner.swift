/// Reads the ISO 8601 subset that news metadata uses into a ``PublicationDate``.
struct ISO8601DateScanner {
    private let scalars: [Unicode.Scalar]
    private var position = 0

    init(_ string: String) {
        scalars = Array(string.trimmingWhitespace().unicodeScalars)
    }

    mutating func scan() -> PublicationDate? {
        guard let year = number(digits: 4) else { return nil }
        if atEnd { return PublicationDate(year: year, precision: .year) }
        guard consume("-"), let month = number(digits: 2) else { return nil }
        if atEnd { return PublicationDate(year: year, month: month, precision: .month) }
        guard consume("-"), let day = number(digits: 2) else { return nil }
        if atEnd { return PublicationDate(year: year, month: month, day: day, precision: .day) }
        guard consume("T") || consume("t") || consume(" "), let hour = number(digits: 2), consume(":"),
            let minute = number(digits: 2)
        else { return nil }
        var second = 0
        var precision = PublicationDate.Precision.minute
        if consume(":") {
            guard let value = number(digits: 2) else { return nil }
            second = value
            precision = .second
            if consume(".") || consume(",") {
                while !atEnd, scalars[position].properties.numericType != nil { position += 1 }
            }
        }
        var offset: Int?
        if consume("Z") || consume("z") {
            offset = 0
        } else if !atEnd, scalars[position] == "+" || scalars[position] == "-" {
            let sign = scalars[position] == "-" ? -1 : 1
            position += 1
            guard let hours = number(digits: 2) else { return nil }
            _ = consume(":")
            let minutes = number(digits: 2) ?? 0
            offset = sign * (hours * 60 + minutes)
        }
        guard atEnd else { return nil }
        return PublicationDate(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second,
            utcOffsetMinutes: offset, precision: precision
        )
    }

    private var atEnd: Bool { position >= scalars.count }

    private mutating func consume(_ scalar: Unicode.Scalar) -> Bool {
        guard !atEnd, scalars[position] == scalar else { return false }
        position += 1
        return true
    }

    private mutating func number(digits: Int) -> Int? {
        guard position + digits <= scalars.count else { return nil }
        var value = 0
        for scalar in scalars[position..<position + digits] {
            guard ("0"..."9").contains(scalar) else { return nil }
            value = value * 10 + Int(scalar.value - 48)
        }
        position += digits
        return value
    }
}
