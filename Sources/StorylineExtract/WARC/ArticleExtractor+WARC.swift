extension ArticleExtractor {
    /// The drafts (not yet cleaned) of one WARC record of the file `file`, and its errors.
    func warcDrafts(_ record: WARCRecord, file: String, sourceKey: String) -> (
        drafts: [PendingDraft], errors: [InputError]
    ) {
        let outcome = WARCArticleReader(maximumSize: collector.maximumSize).read(record, file: file)
        let drafts = outcome.drafts.map { draft in
            PendingDraft(draft: draft, file: file, sourceKey: "\(sourceKey)#\(record.number)")
        }
        return (drafts, outcome.errors)
    }

    /// The drafts of a WARC file already in memory (standard input, or a file not named `.warc`);
    /// ``ArticleStream`` streams `.warc` and `.warc.gz` files instead.
    func warcDrafts(_ document: RawDocument) throws(InputError) -> (drafts: [PendingDraft], errors: [InputError]) {
        var reader = try WARCReader(
            bytes: Array(document.data), name: document.name, maximumRecordSize: collector.maximumSize)
        var drafts: [PendingDraft] = []
        var errors: [InputError] = []
        while let event = reader.next() {
            switch event {
            case .record(let record):
                let read = warcDrafts(record, file: document.name, sourceKey: document.sourceKey)
                drafts += read.drafts
                errors += read.errors
            case .failure(let error):
                errors.append(error)
            }
        }
        if reader.statistics.records == 0 {
            errors.append(InputError(.emptyInput, "no WARC records in input", file: document.name))
        }
        return (drafts, errors)
    }
}
