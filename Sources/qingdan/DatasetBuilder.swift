import Foundation
import Qingdan
import QingdanDataset

/// Reads each input (in a child `qingdan convert` when converting in parallel) and adds the lists
/// to the dataset in input order, one at a time: one writer, and lineage found the same way
/// whatever the number of jobs.
final class DatasetBuilder: @unchecked Sendable {
    let dataset: Dataset
    let files: [String]
    let edition: String?
    let reader: ListReader
    /// Options for child conversions, nil to read in this process.
    let child: [String]?
    private let scratch: String
    private let lock = NSLock()
    /// Lists read and waiting for their turn, by input index; nil once done (or failed).
    private var ready: [Int: DutyList] = [:]
    private var finished = Set<Int>()
    private var nextToAdd = 0
    private(set) var tally = Tally()

    struct Tally {
        var added = 0, items = 0, present = 0, sameEdition = 0

        func line(failed: Int, _ language: Language) -> String {
            language.text(.datasetBuilt(added: added, items: items, present: present, sameEdition: sameEdition, failed: failed))
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    init(dataset: Dataset, files: [String], edition: String?, reader: ListReader, child: [String]?) {
        self.dataset = dataset
        self.files = files
        self.edition = edition
        self.reader = reader
        self.child = child
        scratch = (NSTemporaryDirectory() as NSString).appendingPathComponent("qingdan-dataset-\(getpid())")
    }

    /// Lists that were read but could not be added (a conflicting edition), by input index.
    private(set) var addFailures: [(index: Int, message: String)] = []

    /// Reads input `index` (throwing when it cannot be read), then adds every list whose turn
    /// has come; a list that cannot be added goes to `addFailures`.
    func build(_ index: Int) throws {
        var failure: Error?
        var list: DutyList?
        do {
            list = try read(files[index], index: index)
        } catch {
            failure = error
        }
        lock.lock()
        defer { lock.unlock() }
        if let list { ready[index] = list }
        finished.insert(index)
        while finished.contains(nextToAdd) {
            let current = nextToAdd
            nextToAdd += 1
            guard let list = ready.removeValue(forKey: current) else { continue }
            do {
                try add(list)
            } catch {
                addFailures.append((current, "\(error)"))
            }
        }
        if let failure { throw failure }
    }

    private func add(_ list: DutyList) throws {
        switch try dataset.add(list, edition: edition) {
        case .added(_, let items): tally.added += 1; tally.items += items
        case .alreadyPresent: tally.present += 1
        case .sameEdition: tally.sameEdition += 1
        }
    }

    /// The list of `path`, or nil when the file is already in the dataset.
    private func read(_ path: String, index: Int) throws -> DutyList? {
        let data = try InputFile.read(path)
        if try dataset.containsSource(sha256: SHA256.hex(of: data)) {
            lock.lock(); tally.present += 1; lock.unlock()
            return nil
        }
        if (path as NSString).pathExtension.lowercased() == "json" {
            return try EditionReader().decode(data, path: path)
        }
        guard let child else { return try reader.read(data: data, path: path) }
        let directory = (scratch as NSString).appendingPathComponent(String(index))
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        _ = try ChildConversion(options: ["-o", directory, "--format", "json"] + child).run(path, stem: InputFiles.stem(path))
        let json = (directory as NSString).appendingPathComponent(InputFiles.stem(path) + ".json")
        return try EditionReader().read(path: json)
    }

    func cleanUp() {
        try? FileManager.default.removeItem(atPath: scratch)
    }
}
