import Foundation

extension Gazetteer {
    /// The data files the names a gazetteer resolves are made from: the actors,
    /// their aliases and cities, the blocked aliases and each language's suffixes
    /// and own aliases. Besides these, the names depend only on which languages
    /// `resources` has a profile for (each names the countries in its own words).
    ///
    /// The roles and context rules are left out: they change what is found in a
    /// text, never what a name resolves to.
    static func nameSources(in resources: ResourceLibrary) -> [String] {
        ["actors/countries.tsv", "actors/organisations.tsv", "actors/cities.tsv", "actors/blocked-aliases.tsv"]
            + resources.languages.flatMap { ["\($0.rawValue)/actor-aliases.tsv", "\($0.rawValue)/actor-suffixes.tsv"] }
    }
}

extension ActorDirectory {
    /// Adds the built-in countries (named from Foundation's locale data) and
    /// organisations of the data files.
    ///
    /// - Returns: the aliases of each, cities included, to record and recognise.
    mutating func addBuiltInActors(from resources: ResourceLibrary) throws -> [(code: String, aliases: [Alias])] {
        var pending: [(code: String, aliases: [Alias])] = []
        for (actor, aliases) in try countries(from: resources) {
            add(actor, codeIsName: false)
            pending.append((actor.code, aliases))
        }
        for (actor, aliases) in try organisations(from: resources) {
            add(actor, codeIsName: false)
            pending.append((actor.code, aliases))
        }
        for (code, aliases) in try cities(from: resources) {
            pending.append((code, aliases))
        }
        pending += try languageAliases(from: resources)
        return pending
    }

    /// The names of each language's own `<tag>/actor-aliases.tsv` (a language added from a
    /// folder names the built-in actors there): columns `code`, `alias` and an optional
    /// `form` (`name`, the default, or `demonym`).
    private func languageAliases(from resources: ResourceLibrary) throws -> [(code: String, aliases: [Alias])] {
        var results: [(code: String, aliases: [Alias])] = []
        for language in resources.languages where resources.contains("\(language.rawValue)/actor-aliases.tsv") {
            for row in try resources.table("\(language.rawValue)/actor-aliases.tsv").rows {
                let code = try row.value("code").uppercased()
                guard actor(code: code) != nil else { throw row.error("no actor has the code \(code)") }
                let text = try row.value("alias")
                let form = row.optionalValue("form") == nil ? .name : try form(row, "form", allowed: [.name, .demonym])
                results.append((code, [Alias(text: text, language: language, form: form)]))
            }
        }
        return results
    }

    /// Every country of `actors/countries.tsv`, named from Foundation's locale data
    /// in every language the resources have a profile for.
    private mutating func countries(from resources: ResourceLibrary) throws -> [(Actor, [Alias])] {
        let english = Locale(identifier: "en")
        let persian = Locale(identifier: "fa")
        let locales = resources.languages.map { ($0, Locale(identifier: $0.rawValue)) }
        let table = try resources.table("actors/countries.tsv")
        let aliasColumns = languageColumns(table, suffix: "_aliases")
        let demonymColumns = languageColumns(table, suffix: "_demonyms")
        var results: [(Actor, [Alias])] = []
        var seen: Set<String> = []
        for row in table.rows {
            let alpha2 = try code(row, "alpha2", length: 2)
            let alpha3 = try code(row, "alpha3", length: 3)
            if let numeric = row.optionalValue("numeric"),
               numeric.count != 3 || !numeric.allSatisfy(\.isASCII) || Int(numeric) == nil {
                throw row.error("numeric code '\(numeric)' is not three digits")
            }
            guard seen.insert(alpha3).inserted else { throw row.error("\(alpha3) is listed twice") }
            // A former state's old region code names its successor in Foundation ("SU" is Russia).
            let isFormer = row.optionalValue("former") == "yes"
            let foundationName = isFormer ? nil : english.localizedString(forRegionCode: alpha2)
            guard let englishName = row.optionalValue("display") ?? foundationName else {
                throw row.error("Foundation has no English name for region \(alpha2); give one in 'display'")
            }
            let persianName = isFormer
                ? list(row, "fa_aliases").first
                : persian.localizedString(forRegionCode: alpha2).flatMap { $0 == alpha2 ? nil : $0 }
            let actor = Actor(code: alpha3, kind: .country, name: englishName, persianName: persianName,
                              cameoCode: row.optionalValue("cameo") ?? alpha3)
            let cased = list(row, "cased")
            var aliases: [Alias] = [Alias(text: englishName, language: .english)]
            for (language, locale) in locales where !isFormer {
                guard let name = locale.localizedString(forRegionCode: alpha2), name != alpha2,
                      !aliases.contains(where: { $0.text == name && $0.language == language }) else { continue }
                aliases.append(Alias(text: name, language: language))
            }
            for (language, column) in aliasColumns {
                aliases += list(row, column).map {
                    Alias(text: $0, language: language, caseSensitive: language == .english && cased.contains($0))
                }
            }
            for (language, column) in demonymColumns {
                aliases += list(row, column).map { Alias(text: $0, language: language, form: .demonym) }
            }
            aliases += cased.filter { !aliases.map(\.text).contains($0) }.map {
                Alias(text: $0, language: .english, caseSensitive: true)
            }
            results.append((actor, aliases))
            add(alpha2: alpha2, for: alpha3)
        }
        return results
    }

    /// The organisations of `actors/organisations.tsv`.
    private func organisations(from resources: ResourceLibrary) throws -> [(Actor, [Alias])] {
        var results: [(Actor, [Alias])] = []
        var seen: Set<String> = []
        let table = try resources.table("actors/organisations.tsv")
        let aliasColumns = languageColumns(table, suffix: "_aliases")
        for row in table.rows {
            let code = try row.value("code").uppercased()
            guard code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
                throw row.error("code '\(code)' must be ASCII letters and digits")
            }
            guard seen.insert(code).inserted else { throw row.error("\(code) is listed twice") }
            guard actor(code: code) == nil else { throw row.error("\(code) is already a country's code") }
            let wikidata = row.optionalValue("wikidata")
            if let wikidata, !(wikidata.hasPrefix("Q") && Int(wikidata.dropFirst()) != nil) {
                throw row.error("wikidata '\(wikidata)' is not an item id like Q7184")
            }
            let actor = Actor(code: code, kind: .organisation, name: try row.value("name"),
                              persianName: row.optionalValue("fa_name"),
                              cameoCode: try row.value("cameo"), wikidataID: wikidata)
            let cased = list(row, "cased")
            var aliases = [Alias(text: code, language: nil, caseSensitive: cased.contains(code)),
                           Alias(text: actor.name, language: .english, caseSensitive: cased.contains(actor.name))]
            if let persian = actor.persianName { aliases.append(Alias(text: persian, language: .persian)) }
            for (language, column) in aliasColumns {
                aliases += list(row, column).filter { $0 != code }.map {
                    Alias(text: $0, language: language, caseSensitive: language == .english && cased.contains($0))
                }
            }
            results.append((actor, aliases))
        }
        return results
    }

    /// The places of `actors/cities.tsv`, as city aliases of their country.
    private func cities(from resources: ResourceLibrary) throws -> [(String, [Alias])] {
        var results: [(String, [Alias])] = []
        let table = try resources.table("actors/cities.tsv")
        let aliasColumns = languageColumns(table, suffix: "_aliases")
        for row in table.rows {
            let country = try code(row, "country", length: 3)
            guard actor(code: country) != nil else { throw row.error("no country has the code \(country)") }
            let kind = try row.value("kind")
            guard ["capital", "city", "region"].contains(kind) else {
                throw row.error("kind '\(kind)' is not one of capital, city, region")
            }
            let name = try row.value("name")
            var aliases = [Alias(text: name, language: .english, form: .city, placeName: name)]
            aliases += [row.optionalValue("fa_name")].compactMap { $0 }.map {
                Alias(text: $0, language: .persian, form: .city, placeName: name)
            }
            for (language, column) in aliasColumns {
                aliases += list(row, column).map { Alias(text: $0, language: language, form: .city, placeName: name) }
            }
            results.append((country, aliases))
        }
        return results
    }
}

extension ActorRecogniser.Rules {
    /// The roles, context rules, blocked aliases and Persian suffixes of the data files.
    init(resources: ResourceLibrary) throws {
        // The built-in languages and any a folder adds.
        let known = Array(Set(Language.allCases + resources.languages)).sorted()
        if resources.contains("actors/blocked-aliases.tsv") {
            for row in try resources.table("actors/blocked-aliases.tsv").rows {
                _ = try language(row, "language", among: known)
                blockedAliases.insert(try row.value("code").uppercased() + "|" + NameFolding.key(try row.value("alias")))
            }
        }
        if resources.contains("actors/context-rules.tsv") {
            for row in try resources.table("actors/context-rules.tsv").rows {
                _ = try language(row, "language", among: known)
                func choices(_ column: String) -> [[String]] {
                    (row.optionalValue(column) ?? "").split(separator: "|").map { NameFolding.words(String($0)) }.filter { !$0.isEmpty }
                }
                let rule = ContextRule(before: choices("before"), after: choices("after"),
                                       country: row.optionalValue("country")?.uppercased(), place: row.optionalValue("place"))
                if rule.before.isEmpty && rule.after.isEmpty { throw row.error("a rule needs 'before' or 'after' words") }
                if rule.country != nil && rule.place == nil { throw row.error("a rule with a country needs a place name") }
                contextRules[NameFolding.key(try row.value("alias")), default: []].append(rule)
            }
        }
        // Every language's actor-suffixes.tsv ("ناتوی", "ایرانی" in Persian).
        for language in resources.languages where resources.contains("\(language.rawValue)/actor-suffixes.tsv") {
            for row in try resources.table("\(language.rawValue)/actor-suffixes.tsv").rows {
                let ends = try row.value("ends_with")
                suffixRules.append(SuffixRule(
                    language: language,
                    suffix: try row.value("suffix"),
                    endsWith: ends == "*" ? nil : Set(ends.unicodeScalars),
                    notEndsWith: Set((row.optionalValue("not_ends_with") ?? "").unicodeScalars),
                    form: try form(row, "form", allowed: [.name, .demonym]),
                    singleWord: try row.flag("single_word")
                ))
            }
        }
        profiles = try LanguageProfile.all(in: resources)
        // Every language's roles.tsv, a profile or not.
        let withRoles = resources.files.keys.filter { $0.hasSuffix("/roles.tsv") && $0.split(separator: "/").count == 2 }
        for language in withRoles.compactMap({ Language(rawValue: String($0.dropLast("/roles.tsv".count))) }).sorted() {
            let path = "\(language.rawValue)/roles.tsv"
            for row in try resources.table(path).rows {
                let kindText = try row.value("kind")
                guard let kind = RoleWord.Kind(rawValue: kindText) else {
                    throw row.error("kind '\(kindText)' is not one of role, deputy, acting, former, filler")
                }
                roles.insert(NameFolding.key(try row.value("phrase")),
                             value: RoleWord(role: try row.value("role"), kind: kind, language: language))
            }
        }
    }
}

// MARK: - Reading fields

private func code(_ row: ResourceTable.Row, _ column: String, length: Int) throws(ResourceError) -> String {
    let value = try row.value(column)
    guard value.count == length, value.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
        throw row.error("column '\(column)' is '\(value)', not \(length) capital letters")
    }
    return value
}

/// The columns of `table` named `<tag><suffix>` ("en_aliases", "de_aliases"), with their language.
private func languageColumns(_ table: ResourceTable, suffix: String) -> [(Language, String)] {
    table.columns.compactMap { column in
        guard column.hasSuffix(suffix), let language = Language(rawValue: String(column.dropLast(suffix.count))) else { return nil }
        return (language, column)
    }
}

private func list(_ row: ResourceTable.Row, _ column: String) -> [String] {
    (row.optionalValue(column) ?? "").split(separator: "|").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
}

private func language(_ row: ResourceTable.Row, _ column: String, among languages: [Language]) throws(ResourceError) -> Language {
    let value = try row.value(column)
    guard let language = Language(rawValue: value), languages.contains(language) else {
        throw row.error("language '\(value)' is not one of \(languages.map(\.rawValue).joined(separator: ", "))")
    }
    return language
}

private func form(_ row: ResourceTable.Row, _ column: String, allowed: [ActorMention.Form]) throws(ResourceError) -> ActorMention.Form {
    let value = try row.value(column)
    guard let form = ActorMention.Form(rawValue: value), allowed.contains(form) else {
        throw row.error("column '\(column)' is '\(value)', not one of \(allowed.map(\.rawValue).joined(separator: ", "))")
    }
    return form
}
