/// The fields of a corpus line the benchmark reads: the text and the gold duplicate labels.
struct BenchRecord: Decodable {
    var id: String
    var text: String
    var story: String?
    var dupOf: String?
    var variant: String?

    enum CodingKeys: String, CodingKey {
        case id, text, story, variant
        case dupOf = "dup_of"
    }
}
