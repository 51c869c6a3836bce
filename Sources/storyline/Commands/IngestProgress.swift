import Foundation
import StorylineStore
import StorylineStore

/// Counts what an ingest run did and prints a progress line to standard error every few seconds.
struct IngestProgress {
    var inputs = 0
    var inputsRead = 0
    var stored = InsertSummary()
    var errors = 0
    var grouping = GroupingSummary()
    private let started = Date()
    private var lastPrinted = Date()

    mutating func tick() {
        guard Date().timeIntervalSince(lastPrinted) >= 2 else { return }
        lastPrinted = Date()
        StandardError.print(
            "ingest: \(inputsRead)/\(inputs) inputs, \(stored.inserted) new articles, "
                + "\(stored.alreadyStored) already stored, \(errors) errors")
    }

    func summary(store: String) -> String {
        let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
        return "ingest: \(inputs) inputs → \(stored.inserted) new articles, \(stored.alreadyStored) already stored, "
            + "\(errors) errors; \(grouping.newStories) new stories, \(grouping.merges) merges, "
            + "\(grouping.duplicateLinks) duplicate links; \(seconds) s (store: \(store))"
    }
}
