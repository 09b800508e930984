import ArgumentParser
import Foundation
import KB

extension KBCtl {
    struct Parse: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show how kbctl reads a text: tags, phrases, subjects, references and the rows it extracts.",
            discussion: """
                Nothing is stored. Example: kbctl parse "Brazil continued to sanction Peru."
                Use '-' to read the text from standard input.
                """
        )

        @Argument(help: "The text to analyse, or '-' for standard input.")
        var text: String

        @Flag(help: "Measure tagging and phrase throughput on the text instead (build with -c release).")
        var benchmark = false

        func run() throws {
            TaggerModel.preloadBuiltIn()
            let input = text == "-" ? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self) : text
            if benchmark {
                print(Analysis.benchmark(text: input))
            } else {
                print(Analysis.describe(Pipeline().analyze(raw: input, format: .text, source: "-")))
            }
        }
    }
}
