/// A speech verb outside quotes whose subject is known: who spoke, and where.
struct SpeechEvent: Sendable, Hashable {
    var offset: Int
    var speaker: String
}
