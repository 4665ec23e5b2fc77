/// All the strings of one language. Each language is one file holding one type that conforms to
/// this protocol (`ChineseCatalogue`, `EnglishCatalogue`): three exhaustive `switch`es, so the
/// compiler refuses a message that one language forgot.
///
/// Adding a message (e.g. a new finding):
/// 1. add a case with named associated values to `FindingMessage` (or `ErrorMessage` for a reason
///    an input cannot be read, `Phrase` for a report label or CLI line);
/// 2. add its text to `ChineseCatalogue` and `EnglishCatalogue` (the build fails until both have it);
/// 3. create the finding with it: `Finding(.warning, "numbering.gap", item: n, .numberingGap(from: a, to: b))`.
/// Finding codes stay English identifiers; only the message is translated.
public protocol Catalogue: Sendable {
    func text(_ message: FindingMessage) -> String
    func text(_ message: ErrorMessage) -> String
    func text(_ phrase: Phrase) -> String
}
