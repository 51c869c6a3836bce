/// A cleaned draft waiting for the batch-wide steps (outlet boilerplate) and assembly.
public struct PendingDraft: Sendable, Hashable {
    public var draft: DocumentDraft
    public var file: String
    public var sourceKey: String
    public var line: Int?

    public init(draft: DocumentDraft, file: String, sourceKey: String, line: Int? = nil) {
        self.draft = draft
        self.file = file
        self.sourceKey = sourceKey
        self.line = line
    }
}
