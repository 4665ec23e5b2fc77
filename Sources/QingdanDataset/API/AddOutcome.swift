/// What adding one list to a dataset did.
public enum AddOutcome: Sendable, Equatable {
    /// Added as list `id` with its items.
    case added(id: Int64, items: Int)
    /// This very file (same sha256) is already in the dataset: nothing changed.
    case alreadyPresent(id: Int64)
    /// Another form of an edition already in the dataset (the DOCX of a PDF added before), with the
    /// same content: recorded as one more source of list `id`, nothing else changed.
    case sameEdition(id: Int64)
}
