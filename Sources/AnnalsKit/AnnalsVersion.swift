/// The version of Annals, in one place: `annals --version` prints it, and
/// `annals datasette-metadata` names it as the database's source.
public enum AnnalsVersion {
    /// Semantic version of this build (`MAJOR.MINOR.PATCH`).
    public static let current = "0.9.0"
}
