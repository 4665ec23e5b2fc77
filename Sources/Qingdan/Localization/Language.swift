import Foundation

/// The language a clerk reads reports, findings and messages in. Simplified Chinese is the
/// default everywhere; English is for maintainers (`--lang en`, or an English locale for the CLI).
///
/// Adding a language: one new `Catalogue` file (see `ChineseCatalogue.swift`) and one case here.
public enum Language: String, Sendable, CaseIterable, Codable {
    /// 简体中文 (zh-Hans).
    case chinese = "zh"
    case english = "en"

    /// Where this language's strings live.
    public var catalogue: any Catalogue {
        switch self {
        case .chinese: return ChineseCatalogue()
        case .english: return EnglishCatalogue()
        }
    }

    /// The BCP 47 tag for `<html lang>`.
    public var tag: String {
        switch self {
        case .chinese: return "zh-CN"
        case .english: return "en"
        }
    }

    /// Reads `zh`, `zh-Hans`, `zh_CN.UTF-8`, `en`, `en_US` …; nil for a language we do not have.
    public init?(code: String) {
        let primary = code.lowercased().prefix { $0.isLetter }
        guard let language = Language.allCases.first(where: { $0.rawValue == primary }) else { return nil }
        self = language
    }

    /// The language of the messages the CLI prints: the POSIX message locale (LC_ALL, then
    /// LC_MESSAGES, then LANG — the first that is set and not empty) when it names a language we
    /// have (`en_US.UTF-8` → English, `zh_CN.UTF-8` → Chinese); Chinese otherwise. A clerk reads
    /// Chinese, and an office PC or a fresh Debian often says only `C.UTF-8` or nothing at all.
    public static func messages(environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return Language(code: value) ?? .chinese
            }
        }
        return .chinese
    }

    /// The message locale of this process, read once.
    public static let environment: Language = messages()

    /// Shorthands, so call sites read `language.text(.numberingGap(…))`.
    public func text(_ message: FindingMessage) -> String { catalogue.text(message) }
    public func text(_ message: ErrorMessage) -> String { catalogue.text(message) }
    public func text(_ phrase: Phrase) -> String { catalogue.text(phrase) }
}
