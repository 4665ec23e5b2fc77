extension Item {
    /// The duty cell under `key` rebuilt from its sections or clauses; nil for columns kept only
    /// as printed (number, name, basis …).
    func rebuiltText(of key: ColumnKey) -> String? {
        rebuiltBytes(of: key).map { String(decoding: $0, as: UTF8.self) }
    }

    /// `rebuiltText(of:)` as UTF-8 bytes.
    func rebuiltBytes(of key: ColumnKey) -> [UInt8]? {
        switch key {
        case .superiorDuties: return LosslessCheck.bytes(of: superiorDuties)
        case .townshipDuties: return LosslessCheck.bytes(of: [Section(heading: nil, departments: [], clauses: townshipDuties)])
        case .content: return content.map { LosslessCheck.bytes(of: [Section(heading: nil, departments: [], clauses: $0)]) }
        default: return nil
        }
    }
}
