import Foundation

/// The five sample articles shipped with the executable: the default input of `ingest` and `extract`.
enum SampleCorpus {
    static func path() throws -> String {
        guard let url = Bundle.module.url(forResource: "samples", withExtension: nil) else {
            throw CommandFailure("the bundled sample corpus is missing from this build")
        }
        return url.path
    }
}
