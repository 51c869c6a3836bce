/// Verbs that report speech ("said", "warned", "stating"), lowercase.
enum SpeechVerbLexicon {
    /// Past and present forms that can carry an attribution: "Ana Costa said", "says the minister".
    static let finite: Set<String> = Set(
        """
        said says say told tells added adds noted notes stressed stresses explained explains commented comments
        argued argues warned warns insisted insists declared declares stated states emphasized emphasizes
        emphasised emphasises asserted asserts wrote writes tweeted tweets announced announces remarked remarks
        replied replies continued continues acknowledged acknowledges admitted admits claimed claims urged urges
        vowed vows responded responds recalled recalls concluded concludes observed observes suggested suggests
        confirmed confirms answered answers posted posts reiterated reiterates underlined underlines
        underscored underscores pledged pledges promised promises assured assures conceded concedes
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Participles that introduce a quote after a clause: "…, stating: «…»", "…, adding that …".
    static let participles: Set<String> = Set(
        """
        saying telling adding noting stressing explaining commenting arguing warning insisting declaring
        stating emphasizing emphasising asserting writing tweeting announcing remarking replying continuing
        acknowledging admitting claiming urging vowing responding recalling concluding observing suggesting
        confirming answering posting reiterating underlining underscoring pledging promising assuring
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Verbs after which the next name is usually the listener, not the speaker ("told Reuters").
    static let addressed: Set<String> = ["told", "tells", "tell", "telling", "assured", "assures", "urged", "urges"]

    /// Adverbs and auxiliaries allowed between a subject and its speech verb ("he also said",
    /// "she has repeatedly warned").
    static let fillers: Set<String> = [
        "also", "later", "then", "once", "has", "had", "have", "repeatedly", "previously", "earlier", "further",
        "again", "recently", "separately", "publicly", "bluntly", "simply", "firmly", "clearly", "would", "will",
        "reportedly", "herself", "himself", "themselves", "frankly", "finally", "quickly", "openly",
    ]

    static func isSpeechVerb(_ folded: String) -> Bool { finite.contains(folded) || participles.contains(folded) }
}
