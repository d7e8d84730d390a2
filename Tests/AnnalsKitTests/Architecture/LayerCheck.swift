import Foundation

/// Checks that the folders of `Sources/AnnalsKit` only look down: a file may use
/// the types declared at the top level of its own folder and of folders of a
/// lower layer, never those of its own layer's siblings or of a higher layer.
///
/// It reads the sources as text: the top-level `struct`, `class`, `enum`,
/// `protocol`, `actor` and `typealias` names of each folder, then the
/// capitalised identifiers of each file outside comments and string
/// literals. Extensions of a lower type declared higher up (a store method on
/// `Article`) are not seen, which is the direction the layers allow anyway.
struct LayerCheck {
    /// One Swift file: the folder under `Sources/AnnalsKit` it lies in, its name and text.
    struct SourceFile {
        var folder: String
        var name: String
        var text: String
    }

    /// A file that names a type of a folder it may not look at.
    struct Violation: Hashable, CustomStringConvertible {
        var file: String
        var folder: String
        var type: String
        var typeFolder: String

        var description: String { "\(folder)/\(file) uses \(type) from \(typeFolder)" }
    }

    /// Each folder's layer: a folder may use the folders of strictly lower layers.
    var layers: [String: Int]

    /// Folders the layer table does not place, which the check cannot judge.
    func unplacedFolders(in files: [SourceFile]) -> Set<String> {
        Set(files.map(\.folder)).subtracting(layers.keys)
    }

    /// Every use of a type of a folder that is not below the using file's folder.
    func violations(in files: [SourceFile]) -> [Violation] {
        var home: [String: String] = [:]
        for file in files {
            for type in Self.topLevelTypes(in: file.text) { home[type] = file.folder }
        }
        var found: [Violation] = []
        for file in files {
            guard let layer = layers[file.folder] else { continue }
            // A type of the file's own making (nested or local) shadows one elsewhere.
            let own = Self.declaredTypes(in: file.text)
            for name in Self.referencedNames(in: file.text) where !own.contains(name) {
                guard let folder = home[name], folder != file.folder, let other = layers[folder] else { continue }
                if other >= layer {
                    found.append(Violation(file: file.name, folder: file.folder, type: name, typeFolder: folder))
                }
            }
        }
        return found.sorted { ($0.folder, $0.file, $0.type) < ($1.folder, $1.file, $1.type) }
    }

    private static let kinds = #"(?:struct|class|enum|protocol|actor|typealias)"#
    private static let modifiers = #"(?:(?:public|package|internal|fileprivate|private|final|indirect|nonisolated|@[A-Za-z]+(?:\([^)]*\))?)\s+)*"#

    /// The types declared at column zero, visible to the whole module.
    static func topLevelTypes(in text: String) -> Set<String> {
        names(matching: "(?m)^" + modifiers + kinds + #"\s+([A-Za-z_][A-Za-z0-9_]*)"#, in: code(of: text))
    }

    /// The types declared anywhere in `text`, nested ones included.
    static func declaredTypes(in text: String) -> Set<String> {
        names(matching: "(?m)^\\s*" + modifiers + kinds + #"\s+([A-Za-z_][A-Za-z0-9_]*)"#, in: code(of: text))
    }

    /// Capitalised identifiers not reached through a dot (`Outer.Inner` names `Outer` only).
    static func referencedNames(in text: String) -> Set<String> {
        names(matching: #"(?<![.\w])([A-Z][A-Za-z0-9_]*)"#, in: code(of: text))
    }

    /// `text` without comments and string literals (their contents are not code).
    static func code(of text: String) -> String {
        let patterns = [
            #"(?s)/\*.*?\*/"#,              // block comments
            ##"(?s)#*""".*?"""#*"##,        // multi-line strings
            #"//[^\n]*"#,                   // line comments
            ##"#*"(?:\\.|[^"\\\n])*"#*"##,  // one-line strings
        ]
        var result = text
        for pattern in patterns {
            result = result.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return result
    }

    private static func names(matching pattern: String, in text: String) -> Set<String> {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return Set(regex.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        })
    }
}

extension LayerCheck.SourceFile {
    /// Every Swift file under `root`, each with the first folder of its path below `root`.
    static func all(under root: URL) throws -> [LayerCheck.SourceFile] {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        var files: [LayerCheck.SourceFile] = []
        for case let url as URL in walker where url.pathExtension == "swift" {
            let relative = url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1)
            guard let folder = relative.split(separator: "/").first, relative.contains("/") else { continue }
            files.append(.init(folder: String(folder), name: url.lastPathComponent,
                               text: try String(contentsOf: url, encoding: .utf8)))
        }
        return files
    }
}
