extension ActorRecogniser {
    /// A name found in the text, before roles are attached.
    private struct Found {
        let range: Range<Int>
        let code: String
        let form: ActorMention.Form
        let placeName: String?
    }

    /// A run of role words: optional deputy/acting/former words and one role.
    private struct RoleChain {
        var range: Range<Int>
        var role: String
        var isFormer: Bool
        /// Where the role itself (after deputy/acting words) starts, and the words before it make of it.
        var roleStart: Int
        var prefix: String
    }

    /// The actors `text` names or stands for, sorted by token position and not overlapping.
    ///
    /// Names, demonyms and cities come out as they are; a role next to an actor
    /// ("دبیر کل ناتو", "the Azerbaijani deputy foreign minister", "deputy foreign
    /// minister of Azerbaijan") makes one ``ActorMention/Form/spokesperson`` mention
    /// covering the role, the actor and the person's name when the text gives it
    /// (in quotes in Persian, capitalised next to the role in English).
    public func mentions(in text: AnalyzedText) -> [ActorMention] {
        let tokens = text.tokens.map {
            NameFolding.changes($0.text)
                ? Token(text: NameFolding.fold($0.text), kind: $0.kind, range: $0.range, followsSpace: $0.followsSpace)
                : $0
        }
        let found = names(in: tokens, text: text)
        var covered = [Bool](repeating: false, count: tokens.count)
        for item in found { for index in item.range { covered[index] = true } }
        let chains = roleChains(in: tokens, covered: covered, language: text.language)

        var mentions: [ActorMention] = []
        var usedChains: Set<Int> = []
        for item in found {
            if item.form == .name || item.form == .demonym,
               let mention = spokesperson(for: item, chains: chains, used: &usedChains,
                                          tokens: tokens, covered: covered, text: text) {
                mentions.append(mention)
            } else {
                mentions.append(ActorMention(actorCode: item.code, form: item.form,
                                             tokenRange: item.range, placeName: item.placeName))
            }
        }
        mentions.sort { $0.tokenRange.lowerBound < $1.tokenRange.lowerBound }
        var result: [ActorMention] = []
        for mention in mentions {
            if let last = result.last, last.tokenRange.upperBound > mention.tokenRange.lowerBound { continue }
            result.append(mention)
        }
        return result
    }

    // MARK: Names

    private func names(in tokens: [Token], text: AnalyzedText) -> [Found] {
        var found: [Found] = []
        var index = 0
        while index < tokens.count {
            if let (length, item) = bestName(at: index, in: tokens, text: text) {
                if let item { found.append(item) }
                index += length
            } else {
                index += 1
            }
        }
        return found
    }

    /// The longest acceptable name at `start`: how many tokens it takes and what it stands
    /// for (nil when a context rule says it stands for nothing).
    private func bestName(at start: Int, in tokens: [Token], text: AnalyzedText) -> (Int, Found?)? {
        var limit = tokens.count
        while let match = lexicon.longestMatch(in: tokens, at: start, limit: limit) {
            let range = start..<(start + match.length)
            let candidates = match.values.filter { $0.exactSpelling != nil } + match.values.filter { $0.exactSpelling == nil }
            for entry in candidates {
                if let spelling = entry.exactSpelling, !isSpelled(range, exactly: spelling, in: text) { continue }
                if let rule = contextRules[entry.key]?.first(where: { $0.matches(tokens, range: range) }) {
                    guard let country = rule.country else { return (match.length, nil) }
                    return (match.length, Found(range: range, code: country, form: .city, placeName: rule.place))
                }
                return (match.length, Found(range: range, code: entry.code, form: entry.form, placeName: entry.placeName))
            }
            limit = start + match.length - 1
            if limit <= start { break }
        }
        return nil
    }

    private func isSpelled(_ range: Range<Int>, exactly spelling: String, in text: AnalyzedText) -> Bool {
        let original = text.originalText(ofTokens: range).filter { !$0.isWhitespace }
        return original == spelling.filter { !$0.isWhitespace }
    }

    // MARK: Roles

    private func roleChains(in tokens: [Token], covered: [Bool], language: Language) -> [RoleChain] {
        var words: [(range: Range<Int>, word: RoleWord)] = []
        var index = 0
        // The end of the run of uncovered tokens `index` is in, found once per run
        // (finding it again for every token made long texts quadratic).
        var limit = 0
        while index < tokens.count {
            guard !covered[index] else { index += 1; continue }
            if limit <= index {
                limit = index
                while limit < tokens.count, !covered[limit] { limit += 1 }
            }
            if let match = roles.longestMatch(in: tokens, at: index, limit: limit),
               let word = match.values.first(where: { $0.language == language }) ?? match.values.first {
                words.append((index..<(index + match.length), word))
                index += match.length
            } else {
                index += 1
            }
        }

        var chains: [RoleChain] = []
        var prefixes: [(range: Range<Int>, word: RoleWord)] = []
        for item in words {
            if let last = prefixes.last, last.range.upperBound != item.range.lowerBound { prefixes.removeAll() }
            switch item.word.kind {
            case .deputy, .acting:
                prefixes.append(item)
            case .former:
                // Persian puts "سابق" after the role; English puts "former" before it.
                if let chain = chains.last, chain.range.upperBound == item.range.lowerBound, prefixes.isEmpty {
                    chains[chains.count - 1].range = chain.range.lowerBound..<item.range.upperBound
                    chains[chains.count - 1].isFormer = true
                } else {
                    prefixes.append(item)
                }
            case .filler:
                if let chain = chains.last, chain.range.upperBound == item.range.lowerBound, prefixes.isEmpty {
                    chains[chains.count - 1].range = chain.range.lowerBound..<item.range.upperBound
                }
            case .role:
                var prefix = ""
                var isFormer = false
                for word in prefixes.reversed() {
                    switch word.word.kind {
                    case .deputy, .acting: prefix = word.word.role + " " + prefix
                    case .former: isFormer = true
                    default: break
                    }
                }
                if item.word.role.hasPrefix(prefix) { prefix = "" }
                let lower = prefixes.first?.range.lowerBound ?? item.range.lowerBound
                chains.append(RoleChain(range: lower..<item.range.upperBound, role: prefix + item.word.role,
                                        isFormer: isFormer, roleStart: item.range.lowerBound, prefix: prefix))
                prefixes.removeAll()
            }
        }
        return chains
    }

    // Chains are in text order and do not overlap, so their starts and their ends both
    // increase: a binary search finds the one next to an actor (a scan per actor made a
    // long text with many role words and names quadratic).

    /// The index of the first chain that ends at or after token `position` (`chains.count` if none).
    private func firstChain(endingAtOrAfter position: Int, in chains: [RoleChain]) -> Int {
        var low = 0
        var high = chains.count
        while low < high {
            let middle = (low + high) / 2
            if chains[middle].range.upperBound < position { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The chain that ends right before token `position`.
    private func chain(endingAt position: Int, in chains: [RoleChain]) -> Int? {
        let index = firstChain(endingAtOrAfter: position, in: chains)
        return index < chains.count && chains[index].range.upperBound == position ? index : nil
    }

    /// The last chain that ends before token `position`.
    private func lastChain(endingBefore position: Int, in chains: [RoleChain]) -> Int? {
        let index = firstChain(endingAtOrAfter: position, in: chains) - 1
        return index >= 0 ? index : nil
    }

    /// The chain that starts at token `position`.
    private func chain(startingAt position: Int, in chains: [RoleChain]) -> Int? {
        var low = 0
        var high = chains.count
        while low < high {
            let middle = (low + high) / 2
            if chains[middle].range.lowerBound < position { low = middle + 1 } else { high = middle }
        }
        return low < chains.count && chains[low].range.lowerBound == position ? low : nil
    }

    private func spokesperson(for item: Found, chains: [RoleChain], used: inout Set<Int>,
                              tokens: [Token], covered: [Bool], text: AnalyzedText) -> ActorMention? {
        profiles[text.language]?.spokespersonOrder == .roleActor
            ? persianSpokesperson(for: item, chains: chains, used: &used, tokens: tokens, text: text)
            : englishSpokesperson(for: item, chains: chains, used: &used, tokens: tokens, covered: covered, text: text)
    }

    /// `["Name"] <role> [سابق] <actor> ["Name"]`.
    private func persianSpokesperson(for item: Found, chains: [RoleChain], used: inout Set<Int>,
                                     tokens: [Token], text: AnalyzedText) -> ActorMention? {
        guard item.form == .name,
              let index = chain(endingAt: item.range.lowerBound, in: chains),
              !used.contains(index) else { return nil }
        used.insert(index)
        var chain = chains[index]
        // "رئیس جمهوری آذربایجان": the actor's "جمهوری" also ends the longer role "رئیس جمهوری"
        // (President); the longer role is the one meant.
        if let longer = roles.longestMatch(in: tokens, at: chain.roleStart, limit: item.range.upperBound - 1),
           chain.roleStart + longer.length > chain.range.upperBound,
           let word = longer.values.first(where: { $0.kind == .role && $0.language == text.language }) {
            chain.role = chain.prefix + word.role
        }
        var range = chain.range.lowerBound..<item.range.upperBound
        var person: String?
        if let quoted = quotedName(endingBefore: range.lowerBound, in: tokens) {
            person = text.originalText(ofTokens: quoted.inner).trimmingSpaces()
            range = quoted.outer.lowerBound..<range.upperBound
        } else if let quoted = quotedName(startingAt: range.upperBound, in: tokens) {
            person = text.originalText(ofTokens: quoted.inner).trimmingSpaces()
            range = range.lowerBound..<quoted.outer.upperBound
        }
        return ActorMention(actorCode: item.code, form: .spokesperson, tokenRange: range,
                            role: chain.role, personName: person, isFormer: chain.isFormer)
    }

    /// `<actor>['s] <role> [Name]`, `<role> [Name] of [the] <actor>`, `Name, [the] <role> of [the] <actor>`.
    private func englishSpokesperson(for item: Found, chains: [RoleChain], used: inout Set<Int>,
                                     tokens: [Token], covered: [Bool], text: AnalyzedText) -> ActorMention? {
        // <role> [Name] of [the] <actor>
        if item.form == .name {
            var ofIndex = item.range.lowerBound - 1
            if ofIndex >= 0, tokens[ofIndex].text == "the" { ofIndex -= 1 }
            if ofIndex >= 1, tokens[ofIndex].text == "of" {
                // A capitalised name may sit between the role and "of": "President Ilham Aliyev of Azerbaijan".
                var inlineName: Range<Int>?
                var found = chain(endingAt: ofIndex, in: chains)
                if found == nil, let index = lastChain(endingBefore: ofIndex, in: chains),
                   capitalisedRun(startingAt: chains[index].range.upperBound, in: tokens, covered: covered, text: text)
                       == chains[index].range.upperBound..<ofIndex {
                    found = index
                    inlineName = chains[index].range.upperBound..<ofIndex
                }
                if let index = found, !used.contains(index) {
                    used.insert(index)
                    let chain = chains[index]
                    var lower = chain.range.lowerBound
                    var person = inlineName.map { text.originalText(ofTokens: $0) }
                    var former = chain.isFormer
                    var before = lower - 1
                    if before >= 0, tokens[before].text == "the" { before -= 1 }
                    if before >= 0, formerWords(text.language).contains(tokens[before].text) { former = true; before -= 1 }
                    if person == nil, before >= 1, tokens[before].text == ",",
                       let name = capitalisedRun(endingBefore: before, in: tokens, covered: covered, text: text) {
                        person = text.originalText(ofTokens: name)
                        lower = name.lowerBound
                    }
                    return ActorMention(actorCode: item.code, form: .spokesperson,
                                        tokenRange: lower..<item.range.upperBound,
                                        role: chain.role, personName: person, isFormer: former)
                }
            }
        }
        // <actor>['s] <role> [Name]
        var after = item.range.upperBound
        if item.form == .name, after + 1 < tokens.count, tokens[after].text == "'", tokens[after + 1].text == "s" {
            after += 2
        }
        guard let index = chain(startingAt: after, in: chains), !used.contains(index) else { return nil }
        used.insert(index)
        let chain = chains[index]
        var lower = item.range.lowerBound
        var former = chain.isFormer
        if lower >= 1, formerWords(text.language).contains(tokens[lower - 1].text) {
            former = true
            lower -= 1
        }
        var upper = chain.range.upperBound
        var person: String?
        if let name = capitalisedRun(startingAt: upper, in: tokens, covered: covered, text: text) {
            person = text.originalText(ofTokens: name)
            upper = name.upperBound
        }
        return ActorMention(actorCode: item.code, form: .spokesperson, tokenRange: lower..<upper,
                            role: chain.role, personName: person, isFormer: former)
    }

    private func formerWords(_ language: Language) -> Set<String> {
        profiles[language]?.formerWords ?? []
    }

    // MARK: Person names

    /// `" name "` ending right before `end`: the tokens inside and with the quotes.
    private func quotedName(endingBefore end: Int, in tokens: [Token]) -> (inner: Range<Int>, outer: Range<Int>)? {
        guard end >= 3, tokens[end - 1].text == "\"" else { return nil }
        var open = end - 2
        while open >= max(0, end - 9) {
            if tokens[open].text == "\"" { break }
            guard tokens[open].kind == .word || tokens[open].text == "-" || tokens[open].text == "." else { return nil }
            open -= 1
        }
        guard open >= 0, open >= end - 9, tokens[open].text == "\"", open + 1 < end - 1 else { return nil }
        return ((open + 1)..<(end - 1), open..<end)
    }

    /// `" name "` starting at `start`.
    private func quotedName(startingAt start: Int, in tokens: [Token]) -> (inner: Range<Int>, outer: Range<Int>)? {
        guard start + 2 < tokens.count, tokens[start].text == "\"" else { return nil }
        var close = start + 1
        while close < min(tokens.count, start + 9) {
            if tokens[close].text == "\"" { break }
            guard tokens[close].kind == .word || tokens[close].text == "-" || tokens[close].text == "." else { return nil }
            close += 1
        }
        guard close < tokens.count, tokens[close].text == "\"", close > start + 1 else { return nil }
        return ((start + 1)..<close, start..<(close + 1))
    }

    /// Lowercase words that may stand inside a person's name in `text`'s language ("de", "al").
    private func nameParticles(_ text: AnalyzedText) -> Set<String> {
        profiles[text.language]?.nameParticles ?? []
    }

    private func isCapitalised(_ index: Int, in tokens: [Token], text: AnalyzedText) -> Bool {
        guard tokens[index].kind == .word else { return false }
        let source = text.text.originalRange(of: tokens[index].range)
        guard let first = text.text.originalScalars[source].first else { return false }
        return first.properties.isUppercase
    }

    /// A person's name starting at `start`: capitalised words, with particles ("de", "al")
    /// and hyphens inside. At most six tokens; stops before an actor.
    private func capitalisedRun(startingAt start: Int, in tokens: [Token], covered: [Bool], text: AnalyzedText) -> Range<Int>? {
        let particles = nameParticles(text)
        var end = start
        var lastCapital = -1
        while end < tokens.count, end < start + 6, !covered[end] {
            let token = tokens[end]
            if isCapitalised(end, in: tokens, text: text) {
                if end > start, !token.followsSpace, tokens[end - 1].text != "-" { break }
                lastCapital = end
            } else if particles.contains(token.text) || (token.text == "-" && !token.followsSpace)
                        || (token.text == "." && !token.followsSpace && end > start && tokens[end - 1].text.count == 1) {
                // Kept only when a capitalised word follows; "." ends an initial ("George W. Bush").
            } else {
                break
            }
            end += 1
        }
        guard lastCapital >= start, isCapitalised(start, in: tokens, text: text) || particles.contains(tokens[start].text) else { return nil }
        return start..<(lastCapital + 1)
    }

    /// A person's name ending right before `end`: capitalised words (and particles), at most six tokens.
    private func capitalisedRun(endingBefore end: Int, in tokens: [Token], covered: [Bool], text: AnalyzedText) -> Range<Int>? {
        let particles = nameParticles(text)
        var start = end
        while start > 0, start > end - 6, !covered[start - 1] {
            let index = start - 1
            if isCapitalised(index, in: tokens, text: text) || particles.contains(tokens[index].text)
                || (tokens[index].text == "-" && !tokens[index].followsSpace) {
                start -= 1
            } else {
                break
            }
        }
        while start < end, !isCapitalised(start, in: tokens, text: text) { start += 1 }
        return start < end ? start..<end : nil
    }
}
