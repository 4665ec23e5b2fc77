/// An item rendered straight into the JSON writer's bytes, member by member in the order and
/// layout of `canonicalJSON` (`Item+CanonicalJSON.swift`), without building its tree first.
/// `JSONRenderingTests` holds both to the same bytes.
extension Item {
    func renderCanonicalJSON<Sink: ByteSink>(into out: inout Sink, indent: Int) {
        var object = JSONContainer.object(indent: indent)
        let inner = object.inner
        object.field("number", into: &out)
        JSONValue.appendDecimal(number, to: &out)
        object.field("category", into: &out)
        JSONContainer.optionalString(category, into: &out)
        if let subcategory {
            object.field("subcategory", into: &out)
            JSONValue.appendQuoted(subcategory, to: &out)
        }
        object.field("name", into: &out)
        JSONValue.appendQuoted(name, to: &out)
        object.field("departments", into: &out)
        JSONContainer.strings(departments, indent: inner, into: &out)
        object.field("superior_duties", into: &out)
        var sections = JSONContainer.array(indent: inner)
        for section in superiorDuties {
            sections.next(into: &out)
            section.renderCanonicalJSON(into: &out, indent: sections.inner)
        }
        sections.end(into: &out)
        object.field("township_duties", into: &out)
        Clause.renderCanonicalJSON(townshipDuties, into: &out, indent: inner)
        if let content {
            object.field("content", into: &out)
            Clause.renderCanonicalJSON(content, into: &out, indent: inner)
        }
        object.field("cells", into: &out)
        var cellObject = JSONContainer.object(indent: inner)
        for cell in cells {
            cellObject.key(cell.header, into: &out)
            JSONValue.appendQuoted(cell.text, to: &out)
        }
        cellObject.end(into: &out)
        object.field("source", into: &out)
        source.renderCanonicalJSON(into: &out, indent: inner)
        object.end(into: &out)
    }
}

extension ItemSource {
    func renderCanonicalJSON<Sink: ByteSink>(into out: inout Sink, indent: Int) {
        var object = JSONContainer.object(indent: indent)
        object.field("pages", into: &out)
        JSONContainer.scalars(pages, indent: object.inner, into: &out) { JSONValue.appendDecimal($0, to: &$1) }
        object.field("lines", into: &out)
        if let lines {
            JSONContainer.scalars(lines, indent: object.inner, into: &out) { JSONValue.appendDecimal($0, to: &$1) }
        } else {
            JSONValue.appendLiteral("null", to: &out)
        }
        object.end(into: &out)
    }
}

extension Section {
    func renderCanonicalJSON<Sink: ByteSink>(into out: inout Sink, indent: Int) {
        var object = JSONContainer.object(indent: indent)
        object.field("heading", into: &out)
        JSONContainer.optionalString(heading, into: &out)
        object.field("departments", into: &out)
        JSONContainer.strings(departments, indent: object.inner, into: &out)
        object.field("clauses", into: &out)
        Clause.renderCanonicalJSON(clauses, into: &out, indent: object.inner)
        object.end(into: &out)
    }
}

extension Clause {
    static func renderCanonicalJSON<Sink: ByteSink>(_ clauses: [Clause], into out: inout Sink, indent: Int) {
        var array = JSONContainer.array(indent: indent)
        for clause in clauses {
            array.next(into: &out)
            clause.renderCanonicalJSON(into: &out, indent: array.inner)
        }
        array.end(into: &out)
    }

    func renderCanonicalJSON<Sink: ByteSink>(into out: inout Sink, indent: Int) {
        var object = JSONContainer.object(indent: indent)
        object.field("label", into: &out)
        JSONContainer.optionalString(label, into: &out)
        object.field("text", into: &out)
        JSONValue.appendQuoted(text, to: &out)
        object.field("subclauses", into: &out)
        Clause.renderCanonicalJSON(subclauses, into: &out, indent: object.inner)
        object.end(into: &out)
    }
}
