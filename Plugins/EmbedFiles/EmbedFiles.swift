import Foundation
import PackagePlugin

/// Embeds a target's data files (its `sql/` or `Resources/` folder) as Swift
/// string constants, so the data ships inside the binary.
///
/// The generated type is `<Target>Files`, with `contents` mapping each file's
/// path relative to the data folder to its text.
@main
struct EmbedFiles: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let fileManager = FileManager.default
        let base = target.directoryURL
        let folder = ["sql", "Resources"]
            .map { base.appending(path: $0) }
            .first { fileManager.fileExists(atPath: $0.path) }
        guard let folder else { return [] }

        var inputs: [URL] = []
        if let walker = fileManager.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in walker where ["sql", "tsv", "txt", "json"].contains(url.pathExtension) {
                inputs.append(url)
            }
        }
        inputs.sort { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "\(target.name)Files.swift")
        let tool = try context.tool(named: "embed-files")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) data files into \(target.name)",
                executable: tool.url,
                arguments: ["\(target.name)Files", folder.path, output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
