import Foundation
import GRDB
import Qingdan

/// The canonical dataset: every list and edition in one SQLite file (the tables are in the
/// README). Lists of one region and kind are editions of one list; each item carries a lineage
/// id that stays the same across editions.
///
///     let dataset = try Dataset(path: "lists.sqlite", create: true)
///     try dataset.add(try ListReader().read(path: "口泉乡配合履职事项清单.pdf"), edition: "2025")
///     print(try dataset.summary().markdown())
public struct Dataset: Sendable {
    let queue: DatabaseQueue
    public let path: String
    /// The language of the reports and messages (Chinese unless asked).
    public private(set) var language: Language

    var text: DatasetText { DatasetText(language) }

    /// Opens the file, creating it (and its tables) when `create` is set. WAL mode: readers (the
    /// web app, `sqlite3`) keep reading while a build writes. A file made by an older version is
    /// brought up to date on opening, unless `readOnly` (the web app), where it is refused.
    public init(path: String, create: Bool = false, readOnly: Bool = false, language: Language = .chinese) throws(DatasetError) {
        self.path = path
        self.language = language
        let text = DatasetText(language)
        if !create, !FileManager.default.fileExists(atPath: path) {
            throw DatasetError(.database, text.noDatabase(path))
        }
        let migrator = DatasetSchema.migrator()
        var current = false
        do {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            configuration.busyMode = .timeout(10)
            configuration.readonly = readOnly && !create
            queue = try DatabaseQueue(path: path, configuration: configuration)
            current = try queue.read { db in try migrator.hasCompletedMigrations(db) }
            if !current, !configuration.readonly {
                try queue.writeWithoutTransaction { db in
                    try db.execute(sql: "PRAGMA journal_mode = WAL")
                }
                try migrator.migrate(queue)
                current = true
            }
        } catch {
            throw DatasetError(.database, text.cannotOpen(path, error))
        }
        if !current { throw DatasetError(.database, text.outdated(path)) }
    }

    /// The same dataset answering in another language.
    public func `in`(_ language: Language) -> Dataset {
        var copy = self
        copy.language = language
        return copy
    }

    /// Whether a source file with this SHA-256 is already in the dataset, so that a build can skip
    /// reading it again.
    public func containsSource(sha256: String) throws(DatasetError) -> Bool {
        try read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM sources WHERE sha256 = ?)", arguments: [sha256]) ?? false }
    }

    /// Adds one list in one transaction (an interrupted build never leaves half a list), finds its
    /// items' lineage among the other editions of the same region and kind, and says what it did.
    @discardableResult
    public func add(_ list: DutyList, edition: String? = nil) throws(DatasetError) -> AddOutcome {
        let label = EditionLabel.of(list, given: edition)
        do {
            return try queue.write { db in try ListInserter(db: db, text: text).add(list, edition: label) }
        } catch let error as DatasetError {
            throw error
        } catch {
            throw DatasetError(.database, text.cannotWrite(path, error))
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws(DatasetError) -> T {
        do {
            return try queue.read(body)
        } catch let error as DatasetError {
            throw error
        } catch {
            throw DatasetError(.database, text.cannotRead(path, error))
        }
    }
}
