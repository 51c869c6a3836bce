/// Runs the entity rules over one text: name runs, title splitting, acronym definitions and the
/// classification passes.
struct EntityMentionBuilder {
    private struct Candidate {
        var name: Range<Int>
        var role: String?
        var kind: EntityKind?
    }

    let scalars: [Unicode.Scalar]
    let words: [NameWord]

    func mentions() -> [EntityMention] {
        let definitions = AcronymFinder(scalars: scalars, words: words).definitions()
        var definedKinds: [String: EntityKind] = [:]
        var expansionMentions: [EntityMention] = []
        for definition in definitions {
            let kind = kindOfExpansion(definition)
            definedKinds[NameScalars.fold(definition.acronym)] = kind
            expansionMentions.append(
                EntityMention(name: definition.expansion, kind: kind, start: definition.start, end: definition.end))
        }
        let classifier = EntityClassifier(scalars: scalars, words: words, definedAcronyms: definedKinds)
        let splitter = TitleSplitter(words: words)
        var candidates: [Candidate] = []
        for run in NameRunBuilder(words: words, definedAcronyms: Set(definedKinds.keys)).runs() {
            let start = words[run.lowerBound].start
            let end = words[run.upperBound - 1].end
            if definitions.contains(where: { $0.start < end && start < $0.end }) { continue }
            let split = splitter.split(run)
            if let qualifiers = split.qualifiers, let kind = classifier.kind(of: qualifiers, hasRole: false),
                kind == .organization || kind == .place
            {
                candidates.append(Candidate(name: qualifiers, role: nil, kind: kind))
            }
            guard let name = split.name else { continue }
            let role = split.role.map { NameScalars.string(scalars, $0) }
            candidates.append(Candidate(name: name, role: role, kind: classifier.kind(of: name, hasRole: role != nil)))
        }
        resolveUnknownKinds(&candidates, classifier: classifier)
        var result = expansionMentions
        for candidate in candidates {
            var kind = candidate.kind ?? .other
            var role = candidate.role
            if kind == .person || candidate.kind == nil, role == nil, let apposed = apposedRole(after: candidate.name) {
                role = NameScalars.string(scalars, apposed)
                kind = .person
            }
            if kind != .person { role = nil }
            let start = words[candidate.name.lowerBound].start
            let end = words[candidate.name.upperBound - 1].end
            result.append(
                EntityMention(
                    name: NameScalars.string(scalars, start..<end), kind: kind, start: start, end: end, role: role))
        }
        return result.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }

    /// Second pass: a name that is the last word of a person's name elsewhere is that person's
    /// surname; a name with a place preposition before it is a place.
    private func resolveUnknownKinds(_ candidates: inout [Candidate], classifier: EntityClassifier) {
        var surnames: Set<String> = []
        var standalone: Set<String> = []
        for candidate in candidates {
            let last = words[candidate.name.upperBound - 1].folded
            if candidate.kind == .person, candidate.name.count > 1 { surnames.insert(last) }
            if candidate.name.count == 1 { standalone.insert(last) }
        }
        for index in candidates.indices where candidates[index].kind == nil {
            let name = candidates[index].name
            let last = words[name.upperBound - 1].folded
            if name.count == 1 ? surnames.contains(last) : standalone.contains(last) {
                candidates[index].kind = .person
            }
        }
        // Surnames first seen in an unclassified full name ("Hanno Tamm … Tamm said") turn both into persons.
        for candidate in candidates where candidate.kind == .person && candidate.name.count == 1 {
            surnames.insert(words[candidate.name.lowerBound].folded)
        }
        for index in candidates.indices where candidates[index].kind == nil {
            let name = candidates[index].name
            if name.count > 1, surnames.contains(words[name.upperBound - 1].folded) {
                candidates[index].kind = .person
            } else if classifier.followsPlacePreposition(name) {
                candidates[index].kind = .place
            }
        }
    }

    private func kindOfExpansion(_ definition: AcronymDefinition) -> EntityKind {
        let folded = definition.expansion.split(separator: " ").map { NameScalars.fold(String($0)) }
        if PlaceGazetteer.contains(folded.joined(separator: " ")) { return .place }
        return .organization
    }

    /// "Costa, the foreign minister," / "Costa, who served as prime minister of Peru from …": the
    /// offsets of a role apposed after a person's name.
    private func apposedRole(after name: Range<Int>) -> Range<Int>? {
        let last = name.upperBound - 1
        guard !words[last].isPossessive, name.upperBound < words.count else { return nil }
        let gap = NameScalars.string(scalars, words[last].end..<words[name.upperBound].start)
        guard gap.trimmingSpaces == "," else { return nil }
        let fillers: Set<String> = [
            "who", "served", "serves", "as", "is", "was", "the", "a", "an", "has", "been", "currently", "now", "also",
        ]
        var first = name.upperBound
        while first < words.count, words[first].joinsPrevious || first == name.upperBound,
            fillers.contains(words[first].folded)
        {
            first += 1
        }
        guard first < words.count, first == name.upperBound || words[first].joinsPrevious else { return nil }
        var head: Int?
        var index = first
        while index < min(first + 5, words.count), index == first || words[index].joinsPrevious {
            let folded = words[index].folded
            if EntityLexicon.isTitleHead(folded) {
                head = index
            } else if head != nil || StopWordsBridge.contains(folded) || SpeechVerbLexicon.isSpeechVerb(folded) {
                break
            }
            index += 1
        }
        guard var end = head else { return nil }
        if end + 2 < words.count, words[end + 1].folded == "of", words[end + 1].joinsPrevious {
            var place = end + 2
            if words[place].folded == "the", place + 1 < words.count { place += 1 }
            if words[place].joinsPrevious, words[place].isCapitalized { end = place }
        }
        return words[first].start..<words[end].end
    }
}

extension String {
    /// The string without leading and trailing white space.
    var trimmingSpaces: String {
        let scalars = Array(unicodeScalars)
        guard let first = scalars.firstIndex(where: { !NameScalars.isSpace($0) }),
            let last = scalars.lastIndex(where: { !NameScalars.isSpace($0) })
        else { return "" }
        return NameScalars.string(scalars, first..<(last + 1))
    }
}
