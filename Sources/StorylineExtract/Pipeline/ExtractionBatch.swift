/// What ``ArticleStream`` hands on at a time: finished articles in input order, and input errors.
public struct ExtractionBatch: Sendable {
    public var articles: [ExtractedArticle]
    public var errors: [InputError]
    /// How many inputs (files, or standard input) were read completely so far.
    public var inputsRead: Int
    /// How many inputs there are in all.
    public var inputCount: Int
}
