/// How closely two articles' texts match.
public enum DuplicateKind: String, Sendable, Hashable, Codable, Comparable {
    /// The same normalised text.
    case exact
    /// A lightly edited copy: shingle Jaccard similarity at or above the near threshold.
    case near
    /// Heavily reused text: similarity at or above the rewrite threshold.
    case rewrite

    private var rank: Int {
        switch self {
        case .exact: 0
        case .near: 1
        case .rewrite: 2
        }
    }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}
