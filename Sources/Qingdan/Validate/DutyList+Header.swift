extension DutyList {
    /// Printed header of the column under `key`, if the list has one.
    func header(of key: ColumnKey) -> String? {
        columns.first { $0.key == key }?.header
    }
}
