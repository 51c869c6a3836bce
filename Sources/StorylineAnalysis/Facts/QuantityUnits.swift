/// Units and currencies written after or before a number, with their normalised symbols and dimensions.
enum QuantityUnits {
    /// A unit as a sequence of tokens: words lowercased (unless `caseSensitive`), symbols as themselves.
    struct Pattern: Sendable {
        var parts: [String]
        var symbol: String
        var caseSensitive = false
    }

    /// Unit patterns by their first part (lowercased), longest first.
    static let patternsByFirstPart: [String: [Pattern]] = {
        var table: [String: [Pattern]] = [:]
        for pattern in patterns { table[pattern.parts[0].lowercased(), default: []].append(pattern) }
        return table.mapValues { $0.sorted { $0.parts.count > $1.parts.count } }
    }()

    /// Currency signs written before the amount.
    static let currencySigns: [Unicode.Scalar: String] = [
        "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₴": "UAH", "₽": "RUB", "₹": "INR", "₩": "KRW",
        "₺": "TRY", "₪": "ILS",
    ]

    /// Letters glued before "$" that name another dollar ("C$", "A$", "US$").
    static let dollarPrefixes: [String: String] = [
        "us": "USD", "c": "CAD", "ca": "CAD", "a": "AUD", "au": "AUD", "nz": "NZD", "hk": "HKD", "s": "SGD",
    ]

    /// ISO 4217 codes read before or after an amount ("USD 5 million", "20 EUR"), written in capitals.
    static let currencyCodes: Set<String> = [
        "USD", "EUR", "GBP", "UAH", "RUB", "JPY", "CNY", "CHF", "PLN", "INR", "CAD", "AUD", "TRY", "SEK", "NOK",
        "DKK", "CZK", "HUF", "RON", "KRW", "BRL", "ILS",
    ]

    /// What a normalised symbol measures.
    static func dimension(of symbol: String) -> String {
        if currencyCodes.contains(symbol) { return "money" }
        return dimensions[symbol] ?? symbol
    }

    private static let dimensions: [String: String] = [
        "km": "length", "mi": "length", "m": "length", "cm": "length", "mm": "length", "ft": "length",
        "in": "length", "yd": "length", "nmi": "length",
        "kg": "mass", "t": "mass", "lb": "mass", "g": "mass",
        "km²": "area", "mi²": "area", "m²": "area", "ha": "area", "acre": "area",
        "km/h": "speed", "mph": "speed", "kn": "speed", "m/s": "speed",
        "°C": "temperature", "°F": "temperature", "°": "degree",
        "%": "percent", "pp": "percentage-point",
        "l": "volume", "bbl": "volume", "m³": "volume",
        "kW": "power", "MW": "power", "GW": "power",
        "kWh": "energy", "MWh": "energy", "GWh": "energy", "TWh": "energy",
    ]

    private static func words(_ forms: [String], _ symbol: String) -> [Pattern] {
        forms.map { Pattern(parts: $0.split(separator: " ").map(String.init), symbol: symbol) }
    }

    private static let patterns: [Pattern] =
        words(["km", "kms", "kilometer", "kilometers", "kilometre", "kilometres"], "km")
        + words(["mi", "mile", "miles"], "mi")
        + words(["nautical mile", "nautical miles", "nmi"], "nmi")
        + [Pattern(parts: ["m"], symbol: "m", caseSensitive: true)]
        + words(["meter", "meters", "metre", "metres"], "m")
        + words(["cm", "centimeter", "centimeters", "centimetre", "centimetres"], "cm")
        + words(["mm", "millimeter", "millimeters", "millimetre", "millimetres"], "mm")
        + words(["ft", "foot", "feet"], "ft") + words(["inch", "inches"], "in") + words(["yards"], "yd")
        + words(["kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilos"], "kg")
        + [Pattern(parts: ["t"], symbol: "t", caseSensitive: true)]
        + words(["tonne", "tonnes", "ton", "tons", "metric tons", "metric tonnes"], "t")
        + words(["lb", "lbs"], "lb") + words(["gram", "grams", "gramme", "grammes"], "g")
        + words(["km ²", "km 2", "sq km", "square kilometers", "square kilometres", "square km"], "km²")
        + words(["mi ²", "sq mi", "square miles"], "mi²")
        + words(["m ²", "square meters", "square metres"], "m²")
        + words(["ha", "hectare", "hectares"], "ha") + words(["acre", "acres"], "acre")
        + words(["km / h", "kmh", "kph", "kilometers per hour", "kilometres per hour"], "km/h")
        + words(["mph", "miles per hour"], "mph") + words(["knots"], "kn")
        + words(["m / s", "meters per second", "metres per second"], "m/s")
        + words(["° c", "degrees c", "degrees celsius", "degrees centigrade", "celsius"], "°C")
        + words(["° f", "degrees f", "degrees fahrenheit", "fahrenheit"], "°F")
        + words(["°", "degrees"], "°")
        + words(["%", "percent", "per cent", "pct", "per - cent"], "%")
        + words(["percentage points", "percentage point", "pp", "p . p ."], "pp")
        + words(["liter", "liters", "litre", "litres"], "l") + words(["barrels", "barrel"], "bbl")
        + words(["m ³", "cubic meters", "cubic metres"], "m³")
        + [
            Pattern(parts: ["kW"], symbol: "kW", caseSensitive: true),
            Pattern(parts: ["MW"], symbol: "MW", caseSensitive: true),
            Pattern(parts: ["GW"], symbol: "GW", caseSensitive: true),
            Pattern(parts: ["kWh"], symbol: "kWh", caseSensitive: true),
            Pattern(parts: ["MWh"], symbol: "MWh", caseSensitive: true),
            Pattern(parts: ["GWh"], symbol: "GWh", caseSensitive: true),
            Pattern(parts: ["TWh"], symbol: "TWh", caseSensitive: true),
        ]
        + words(["kilowatts", "kilowatt"], "kW") + words(["megawatts", "megawatt"], "MW")
        + words(["gigawatts", "gigawatt"], "GW")
        + words(["dollars", "dollar", "us dollars", "u . s . dollars"], "USD")
        + words(["euros", "euro"], "EUR")
        + words(["pounds sterling", "sterling"], "GBP") + words(["pounds", "pound"], "lb")
        + words(["hryvnias", "hryvnia", "hryvnas", "hryvnyas"], "UAH")
        + words(["rubles", "ruble", "roubles", "rouble"], "RUB")
        + words(["yen"], "JPY") + words(["yuan", "renminbi"], "CNY") + words(["swiss francs", "francs"], "CHF")
        + words(["zloty", "zlotys", "złoty", "złotys", "zł"], "PLN") + words(["rupees"], "INR")
        + words(["€"], "EUR")
        + currencyCodes.sorted().map { Pattern(parts: [$0], symbol: $0, caseSensitive: true) }
}
