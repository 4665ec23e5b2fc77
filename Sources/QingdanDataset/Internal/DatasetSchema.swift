import GRDB

/// The tables of a dataset file, documented in the README (a clerk may open the file with
/// `sqlite3`). Created by a GRDB migration, so a later version can add to them.
enum DatasetSchema {
    static func migrator() -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE lists (
                    id INTEGER PRIMARY KEY,
                    title TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    province TEXT, city TEXT, district TEXT, township TEXT,
                    region TEXT NOT NULL,
                    edition TEXT NOT NULL,
                    edition_number INTEGER,
                    source_file TEXT NOT NULL,
                    source_format TEXT NOT NULL,
                    sha256 TEXT NOT NULL,
                    pages INTEGER,
                    content_sha256 TEXT NOT NULL,
                    columns_json TEXT NOT NULL,
                    item_count INTEGER NOT NULL,
                    UNIQUE (region, kind, edition)
                );
                CREATE TABLE sources (
                    sha256 TEXT PRIMARY KEY,
                    list_id INTEGER NOT NULL REFERENCES lists(id),
                    file TEXT NOT NULL,
                    format TEXT NOT NULL,
                    pages INTEGER
                );
                CREATE TABLE items (
                    id INTEGER PRIMARY KEY,
                    list_id INTEGER NOT NULL REFERENCES lists(id),
                    position INTEGER NOT NULL,
                    number INTEGER NOT NULL,
                    category TEXT,
                    name TEXT NOT NULL,
                    lineage INTEGER NOT NULL,
                    json TEXT NOT NULL
                );
                CREATE INDEX items_by_list ON items(list_id, category);
                CREATE INDEX items_by_lineage ON items(lineage);
                CREATE INDEX items_by_name ON items(name);
                CREATE TABLE departments (
                    id INTEGER PRIMARY KEY,
                    item_id INTEGER NOT NULL REFERENCES items(id),
                    position INTEGER NOT NULL,
                    section INTEGER,
                    printed TEXT NOT NULL,
                    name TEXT NOT NULL
                );
                CREATE INDEX departments_by_name ON departments(name);
                CREATE TABLE clauses (
                    id INTEGER PRIMARY KEY,
                    item_id INTEGER NOT NULL REFERENCES items(id),
                    column TEXT NOT NULL,
                    column_key TEXT NOT NULL,
                    section INTEGER,
                    heading TEXT,
                    label TEXT NOT NULL,
                    text TEXT NOT NULL,
                    position INTEGER NOT NULL
                );
                CREATE INDEX clauses_by_item ON clauses(item_id, section, position);
                CREATE TABLE findings (
                    id INTEGER PRIMARY KEY,
                    list_id INTEGER NOT NULL REFERENCES lists(id),
                    severity TEXT NOT NULL,
                    code TEXT NOT NULL,
                    item_number INTEGER,
                    column TEXT,
                    message TEXT NOT NULL
                );
                CREATE INDEX findings_by_list ON findings(list_id);
                """)
        }
        // The queries at 1,000 lists: department names resolved without reading every
        // department row; items found by name (exactly or by a part of it) from an index alone.
        migrator.registerMigration("v2") { db in
            try db.execute(sql: """
                CREATE TABLE department_names (name TEXT PRIMARY KEY) WITHOUT ROWID;
                INSERT OR IGNORE INTO department_names SELECT DISTINCT name FROM departments;
                DROP INDEX items_by_name;
                CREATE INDEX items_by_name ON items(name, lineage, list_id);
                CREATE INDEX lists_by_region ON lists(region, kind);
                """)
        }
        // A part of a name (history --name 助餐) is looked for among the distinct item names
        // (a few thousand at 1,000 lists), not along every item.
        migrator.registerMigration("v3") { db in
            try db.execute(sql: """
                CREATE TABLE item_names (name TEXT PRIMARY KEY) WITHOUT ROWID;
                INSERT OR IGNORE INTO item_names SELECT DISTINCT name FROM items;
                """)
        }
        // department and summary read each list's answer rows packed (ListAnswers), in the
        // reports' order of lists (the index lists_in_order is ListOrder's: no sorting), instead
        // of joining items, departments and clauses row by row. The index on departments' items
        // lets the rows of one list be made when it is added.
        migrator.registerMigration("v4") { db in
            try db.execute(sql: """
                CREATE INDEX departments_by_item ON departments(item_id);
                CREATE INDEX lists_in_order ON lists(region, kind, edition_number IS NULL, edition_number, edition, township);
                CREATE TABLE department_rows (
                    name TEXT NOT NULL,
                    list_id INTEGER NOT NULL REFERENCES lists(id),
                    items INTEGER NOT NULL,
                    rows INTEGER NOT NULL,
                    packed BLOB NOT NULL,
                    PRIMARY KEY (name, list_id)
                ) WITHOUT ROWID;
                CREATE TABLE summary_rows (
                    list_id INTEGER PRIMARY KEY REFERENCES lists(id),
                    packed BLOB NOT NULL
                );
                """)
            for id in try Int64.fetchAll(db, sql: "SELECT id FROM lists ORDER BY id") {
                try ListAnswers.write(listID: id, db)
            }
        }
        // history reads each item's clause-level step from the edition before (ItemSteps),
        // compared when the list was added, instead of comparing the two items at every step;
        // a lineage's items lie together (its key first), so that the history of one name in
        // 1,000 lists reads a page or two a lineage rather than three searches an item.
        migrator.registerMigration("v5") { db in
            try db.execute(sql: """
                CREATE TABLE item_steps (
                    lineage INTEGER NOT NULL,
                    list_id INTEGER NOT NULL REFERENCES lists(id),
                    item_id INTEGER NOT NULL REFERENCES items(id),
                    number INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    previous_id INTEGER REFERENCES items(id),
                    packed BLOB,
                    PRIMARY KEY (lineage, list_id)
                ) WITHOUT ROWID;
                CREATE INDEX item_steps_by_list ON item_steps(list_id);
                """)
            try ItemSteps.writeAll(db)
            // department_rows' texts say whether a report copies them as they are.
            for id in try Int64.fetchAll(db, sql: "SELECT id FROM lists ORDER BY id") {
                try ListAnswers.writeDepartments(listID: id, db)
            }
        }
        return migrator
    }
}
