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

    /// Opens the file, creating it (and its tables) when `create` is set. WAL mode: readers (the
    /// web app, `sqlite3`) keep reading while a build writes.
    public init(path: String, create: Bool = false) throws(DatasetError) {
        self.path = path
        if !create, !FileManager.default.fileExists(atPath: path) {
            throw DatasetError(.database, DatasetText.noDatabase(path))
        }
        do {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            configuration.busyMode = .timeout(10)
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = WAL")
            }
            try DatasetSchema.migrator().migrate(queue)
        } catch {
            throw DatasetError(.database, DatasetText.cannotOpen(path, error))
        }
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
            return try queue.write { db in try ListInserter(db: db).add(list, edition: label) }
        } catch let error as DatasetError {
            throw error
        } catch {
            throw DatasetError(.database, DatasetText.cannotWrite(path, error))
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws(DatasetError) -> T {
        do {
            return try queue.read(body)
        } catch let error as DatasetError {
            throw error
        } catch {
            throw DatasetError(.database, DatasetText.cannotRead(path, error))
        }
    }
}
