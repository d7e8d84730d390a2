/// The words of one language that tie a text together: where clauses end,
/// which phrases point back to an actor ("this country", "he"), and which
/// point back to an event ("this conference").
///
/// Read from `<language>/discourse.tsv`.
public struct DiscourseLexicon: Sendable {
    /// What a discourse phrase does.
    public enum Function: String, Sendable, Hashable, CaseIterable {
        case clauseBoundary = "clause-boundary"
        case countryAnaphor = "country-anaphor"
        case organisationAnaphor = "organisation-anaphor"
        case pairAnaphor = "pair-anaphor"
        /// Stands for the last two countries named ("the two countries", "دو کشور").
        case countryPairAnaphor = "country-pair-anaphor"
        case personAnaphor = "person-anaphor"
        /// Stands for the source of the event reported last ("it" in "…, and it signed").
        case subjectAnaphor = "subject-anaphor"
        case deictic
        /// Joins two actors that share a role ("Russia and Ukraine", "روسیه و اوکراین").
        case conjunction
        /// A target marker that follows its target (Persian "را"); other markers precede it.
        case postposition
        /// Starts a new clause when it comes right after a verb ("… پیوست و این کشور …").
        case verbCoordinator = "verb-coordinator"
        /// Introduces a place ("in Armenia"): an actor after it is where the event was, not its object.
        case placePreposition = "place-preposition"
        /// Follows a dateline ("TBILISI —"): the city before it is where the story was filed.
        case datelineMark = "dateline-mark"
        /// Attributes what follows to a speaker ("said", "told reporters", "according to"):
        /// no event by itself, but a future act it reports is a stated intention.
        case attribution
        /// Stands for the place the story was filed from ("here" after a dateline "BEIJING, Nov. 8").
        case placeDeictic = "place-deictic"
        /// Opens a clause of background ("which", "since"): its undated events are not news of the day.
        case background
        /// Opens a noun phrase ("the", "its"): a date right after it modifies the noun that follows.
        case determiner
        /// Introduces a date that modifies the noun before it ("a visit to Peru in May 2001").
        case datePreposition = "date-preposition"
        /// Dates a clause that has no date of its own by the last date written before it ("on the same day").
        case sameDay = "same-day"
        /// An occasion of speaking ("interview", "مصاحبه"): dated where it is first told
        /// ("مصاحبه روز پنجشنبه"), it dates what a clause says "in this interview".
        case occasion
        /// Tells that what follows is going on as the text is written (Persian "در حال"):
        /// an asserted event told so, with no date of its own, takes the day of publication.
        case progressive
        /// Opens a subordinate clause ("که" in "گفت که مسکو …"): a capital right after it opens
        /// that clause and so stands for its government.
        case subordinator
        /// A will to act ("keenness to", "willingness to"): the act announced after it, like one a
        /// speaker reports, is a stated intention.
        case intention
        /// Makes the infinitive after it a fact ("was the first country to open an embassy there").
        case factualLead = "factual-lead"
        /// Ends a clause and opens one that tells what followed from it ("در همین راستا"):
        /// the new clause, with no date of its own, took place when the one before did.
        case sequel
        /// Places the clause against an event named right after it ("ساعاتی پس از آغاز آتش‌بس"):
        /// with no date of its own, the clause took place when that event, told before, did.
        case anchor
        /// Names an act to be done, with the event noun after it ("به برگزاری مذاکرات"): agreeing
        /// to it is an intention to do that act (CAMEO 03), not an agreement signed.
        case intendedAct = "intended-act"
        /// Ends a frame ("در نشستی که روز دوشنبه برگزار شد، …") when it follows the verb of a
        /// clause that opens with a place preposition and an event noun: the main clause after
        /// it, with no date of its own, took place when the frame did.
        case frameEnd = "frame-end"
        /// Sets a deadline for what is asked ("در مدت سه ماه", "ظرف دو هفته"): a request with
        /// a deadline is a demand (CAMEO 10), not an appeal (02).
        case deadline
    }

    let phrases: PhraseLexicon<Function>
    /// The normalised words of the ``Function/postposition`` rows.
    let postpositions: Set<String>

    public init(language: Language, resources: ResourceLibrary = .embedded) throws(ResourceError) {
        var functionsByPhrase: [[String]: Set<Function>] = [:]
        var order: [[String]] = []
        var postpositions: Set<String> = []
        for row in try resources.table("\(language.rawValue)/discourse.tsv").rows {
            let name = try row.value("function")
            guard let function = Function(rawValue: name) else {
                let known = Function.allCases.map(\.rawValue).joined(separator: ", ")
                throw row.error("function '\(name)' is not one of \(known)")
            }
            let words = PhraseLexicon<Function>.words(of: try row.value("phrase"))
            if functionsByPhrase[words] == nil { order.append(words) }
            functionsByPhrase[words, default: []].insert(function)
            if function == .postposition { postpositions.insert(TextNormalizer().normalizedString(try row.value("phrase"))) }
        }
        // Each phrase's functions once, in a fixed order, so matching needs no sorting.
        var phrases = PhraseLexicon<Function>()
        for words in order {
            for function in functionsByPhrase[words, default: []].sorted(by: { $0.rawValue < $1.rawValue }) {
                phrases.insert(words: words, value: function)
            }
        }
        self.phrases = phrases
        self.postpositions = postpositions
    }

    /// The discourse phrases in tokens `range`, left to right.
    public func matches(in tokens: [Token], range: Range<Int>) -> [(tokenRange: Range<Int>, function: Function)] {
        // A phrase may do several things ("و" joins actors and, after a verb, clauses).
        var found: [(tokenRange: Range<Int>, function: Function)] = []
        for match in phrases.matches(in: tokens, range: range) {
            for function in match.values { found.append((match.tokenRange, function)) }
        }
        return found
    }

    /// Whether a phrase with `function` stands in tokens `range`.
    func contains(_ function: Function, in tokens: [Token], range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        return phrases.matches(in: tokens, range: range).contains { $0.values.contains(function) }
    }

    /// Whether a place preposition stands in tokens `range`.
    func containsPlacePreposition(_ tokens: [Token], range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        return phrases.matches(in: tokens, range: range).contains { $0.values.contains(.placePreposition) }
    }

    /// Whether the tokens `range` hold only conjunctions (and so join two actors).
    func isConjunction(_ tokens: [Token], range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        var covered = range.lowerBound
        for match in phrases.matches(in: tokens, range: range) {
            guard match.tokenRange.lowerBound == covered, match.values.contains(.conjunction) else { return false }
            covered = match.tokenRange.upperBound
        }
        return covered == range.upperBound
    }
}
