/// What kind of thing a named mention refers to.
public enum EntityKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A human being: "Mark Smith", "Smith", "Dr. Ana Costa".
    case person
    /// A company, party, government body, alliance, news outlet …: "World Bank", "UN".
    case organization
    /// A country, region, city or other location: "Germany", "Lagos".
    case place
    /// A name that the rules cannot place in one of the other kinds (events, nationalities, products).
    case other
}
