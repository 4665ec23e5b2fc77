extension Item {
    /// The duty cell under `key` rebuilt from its sections or clauses; nil for columns kept only
    /// as printed (number, name, basis …).
    func rebuiltText(of key: ColumnKey) -> String? {
        switch key {
        case .superiorDuties: return LosslessCheck.text(of: superiorDuties)
        case .townshipDuties: return LosslessCheck.text(of: townshipDuties)
        case .content: return content.map(LosslessCheck.text(of:))
        default: return nil
        }
    }
}
