import ArgumentParser
import AnnalsKit

struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "Look up actors, and add your own to the gazetteer.",
        discussion: """
        Annals knows every country and the main international organisations.
        Actors and names you add are kept in the database, survive upgrades, and
        are known to every command: ingest finds them in articles, timeline and
        export accept them. Run `annals recode` afterwards to find them in the
        articles already stored.

        Examples:
          annals actors resolve "جمهوری آذربایجان"
          annals actors show NATO
          annals actors add KRG --name "Kurdistan Regional Government" --persian-name "اقلیم کردستان" --kind organisation
          annals actors alias AZE "Azeri Republic"
          annals actors import my-actors.csv
          annals actors list --user
        """,
        subcommands: [
            ActorsResolveCommand.self,
            ActorsShowCommand.self,
            ActorsListCommand.self,
            ActorsAddCommand.self,
            ActorsAliasCommand.self,
            ActorsImportCommand.self,
        ]
    )
}

extension ActorKind: ExpressibleByArgument {}

/// The ways an alias can name an actor, for `--form`.
enum AliasForm: String, ExpressibleByArgument, CaseIterable {
    /// A name of the actor: "Azeri Republic".
    case name
    /// An adjective or demonym: "Azeri".
    case demonym
    /// A city of the actor (a place, not a participant): "Erbil".
    case city
    /// Something that speaks for the actor: "the Kremlin", "کاخ سفید".
    case spokesperson

    var form: ActorMention.Form {
        switch self {
        case .name: .name
        case .demonym: .demonym
        case .city: .city
        case .spokesperson: .spokesperson
        }
    }
}

/// A request refused after the options were parsed (a code already taken, an
/// unknown actor): printed as "Error: …" on standard error, exit status 1,
/// nothing written.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}

extension GazetteerConflict {
    /// The conflict with what the user can do about it.
    var advice: String {
        switch self {
        case let .codeTaken(code, _): "\(self); give it more names with `annals actors alias \(code) NAME`"
        case .nameTaken, .unknownActor: description
        }
    }
}

extension StoreError {
    /// The error with what the user can do about it.
    var advice: String {
        switch self {
        case let .duplicateActor(code): "\(self); give it more names with `annals actors alias \(code) NAME`"
        default: description
        }
    }
}

extension Gazetteer {
    /// The actor `name` stands for, or an error suggesting the nearest known names.
    func actorNamed(_ name: String) throws -> Actor {
        if let actor = resolve(name) { return actor }
        throw CommandFailure(unknownActorMessage(name))
    }

    /// "Unknown actor 'X'. Did you mean: …?"
    func unknownActorMessage(_ name: String) -> String {
        let near = suggestions(for: name, limit: 5)
        let hint = near.isEmpty ? "" : " Did you mean: \(near.joined(separator: ", "))?"
        return "Unknown actor '\(name)'.\(hint) Add it with `annals actors add`."
    }
}
