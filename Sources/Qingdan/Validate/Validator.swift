/// Adds the findings a clerk should look at. (Stub: filled in by the validator work.)
struct Validator {
    func validate(_ list: inout DutyList, table: RawTable) {}
}
