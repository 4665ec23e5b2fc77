import ArgumentParser
import Qingdan

/// `--lang zh|en`: the language of the reports and findings a command writes (Chinese unless
/// asked). Messages on stderr follow the locale instead (`Language.environment`).
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: "Language of reports and findings: zh (default) or en.")
    var code: String = "zh"

    var language: Language { Language(code: code) ?? .chinese }

    func validate() throws {
        guard Language(code: code) != nil else { throw ValidationError(Language.environment.text(.languageChoices)) }
    }
}

extension Phrase {
    /// In the language of the person at the terminal.
    var local: String { Language.environment.text(self) }
}
