/// An item rendered straight into the JSON writer's bytes, member by member in the order and
/// layout of `canonicalJSON` (`Item+CanonicalJSON.swift`), without building its tree first.
/// `JSONRenderingTests` holds both to the same bytes.
extension Item {
    func renderCanonicalJSON(into out: inout [UInt8], indent: Int) {
        var object = JSONContainer.object(indent: indent)
        let inner = object.inner
        object.key("number", into: &out)
        JSONValue.appendDecimal(number, to: &out)
        object.key("category", into: &out)
        JSONContainer.optionalString(category, into: &out)
        if let subcategory {
            object.key("subcategory", into: &out)
            JSONValue.appendQuoted(subcategory, to: &out)
        }
        object.key("name", into: &out)
        JSONValue.appendQuoted(name, to: &out)
        object.key("departments", into: &out)
        JSONContainer.strings(departments, indent: inner, into: &out)
        object.key("superior_duties", into: &out)
        var sections = JSONContainer.array(indent: inner)
        for section in superiorDuties {
            sections.next(into: &out)
            section.renderCanonicalJSON(into: &out, indent: sections.inner)
        }
        sections.end(into: &out)
        object.key("township_duties", into: &out)
        Clause.renderCanonicalJSON(townshipDuties, into: &out, indent: inner)
        if let content {
            object.key("content", into: &out)
            Clause.renderCanonicalJSON(content, into: &out, indent: inner)
        }
        object.key("cells", into: &out)
        var cellObject = JSONContainer.object(indent: inner)
        for cell in cells {
            cellObject.key(cell.header, into: &out)
            JSONValue.appendQuoted(cell.text, to: &out)
        }
        cellObject.end(into: &out)
        object.key("source", into: &out)
        source.renderCanonicalJSON(into: &out, indent: inner)
        object.end(into: &out)
    }
}

extension ItemSource {
    func renderCanonicalJSON(into out: inout [UInt8], indent: Int) {
        var object = JSONContainer.object(indent: indent)
        object.key("pages", into: &out)
        JSONContainer.scalars(pages, indent: object.inner, into: &out) { JSONValue.appendDecimal($0, to: &$1) }
        object.key("lines", into: &out)
        if let lines {
            JSONContainer.scalars(lines, indent: object.inner, into: &out) { JSONValue.appendDecimal($0, to: &$1) }
        } else {
            JSONValue.appendLiteral("null", to: &out)
        }
        object.end(into: &out)
    }
}

extension Section {
    func renderCanonicalJSON(into out: inout [UInt8], indent: Int) {
        var object = JSONContainer.object(indent: indent)
        object.key("heading", into: &out)
        JSONContainer.optionalString(heading, into: &out)
        object.key("departments", into: &out)
        JSONContainer.strings(departments, indent: object.inner, into: &out)
        object.key("clauses", into: &out)
        Clause.renderCanonicalJSON(clauses, into: &out, indent: object.inner)
        object.end(into: &out)
    }
}

extension Clause {
    static func renderCanonicalJSON(_ clauses: [Clause], into out: inout [UInt8], indent: Int) {
        var array = JSONContainer.array(indent: indent)
        for clause in clauses {
            array.next(into: &out)
            clause.renderCanonicalJSON(into: &out, indent: array.inner)
        }
        array.end(into: &out)
    }

    func renderCanonicalJSON(into out: inout [UInt8], indent: Int) {
        var object = JSONContainer.object(indent: indent)
        object.key("label", into: &out)
        JSONContainer.optionalString(label, into: &out)
        object.key("text", into: &out)
        JSONValue.appendQuoted(text, to: &out)
        object.key("subclauses", into: &out)
        Clause.renderCanonicalJSON(subclauses, into: &out, indent: object.inner)
        object.end(into: &out)
    }
}
