/// What one extractor produced for one page: the text and the metadata, and how long it took.
struct ExtractionPrediction: Codable {
    var file: String
    var text: String
    var title: String?
    var author: String?
    var date: String?
    /// Milliseconds spent on the page (extraction and metadata), when measured.
    var milliseconds: Double?
}
