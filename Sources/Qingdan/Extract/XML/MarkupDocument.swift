import CLibXML2
import Foundation

/// A document parsed by libxml2 (XML or HTML). Owns the C tree and frees it once the last
/// `MarkupNode` that refers to it is gone.
final class MarkupDocument {
    private let pointer: xmlDocPtr

    private init(pointer: xmlDocPtr) {
        self.pointer = pointer
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    /// The root element, nil for an empty document.
    var root: MarkupNode? {
        xmlDocGetRootElement(pointer).map { MarkupNode(pointer: $0, document: self) }
    }

    /// Why a document could not be parsed.
    enum Failure: Error {
        /// Over `MarkupBudget`; the reason says which limit.
        case overBudget(String)
        /// libxml2 stopped part way (its depth limit of 256, a text node over 10 MB): what it
        /// built would silently lack the rest of the document.
        case stopped(String)
        /// No tree at all (not well-formed XML).
        case malformed
    }

    /// Parses well-formed XML (no network, no entity substitution, no error output). A DTD is
    /// refused: Word never writes one, and text from its entities would not reach the table.
    static func xml(_ data: Data) throws(Failure) -> MarkupDocument {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = try parse(data, context: xmlNewParserCtxt) { context, bytes, count in
            xmlCtxtReadMemory(context, bytes, count, nil, nil, options)
        }
        guard document.pointer.pointee.intSubset == nil else {
            throw .overBudget("a document type declaration (DTD), which Word never writes")
        }
        return document
    }

    /// Parses HTML the way browsers recover from tag soup. `utf8` must already be UTF-8: the
    /// caller settles the character set, so libxml2 is told to ignore `<meta charset>`.
    static func html(utf8: Data) throws(Failure) -> MarkupDocument {
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
        )
        return try parse(utf8, context: htmlNewParserCtxt) { context, bytes, count in
            htmlCtxtReadMemory(context, bytes, count, nil, "UTF-8", options)
        }
    }

    private static func parse(
        _ data: Data, context newContext: () -> xmlParserCtxtPtr?,
        _ read: (xmlParserCtxtPtr, UnsafePointer<CChar>, Int32) -> xmlDocPtr?
    ) throws(Failure) -> MarkupDocument {
        _ = LibXML.initialized
        guard data.count < Int32.max else { throw .overBudget("a document over 2 GB") }
        let result: Result<MarkupDocument, Failure> = data.withUnsafeBytes { raw in
            if let excess = MarkupBudget.excess(in: raw) { return .failure(.overBudget(excess)) }
            guard let base = raw.bindMemory(to: CChar.self).baseAddress,
                  let context = newContext() else { return .failure(.malformed) }
            defer { xmlFreeParserCtxt(context) }
            let doc = read(context, base, Int32(raw.count))
            // A halted parser has SAX disabled; recovering from ordinary HTML errors does not.
            // (XML is read without recovery: any fatal error already gives no tree.)
            if let doc, context.pointee.disableSAX != 0 {
                let reason = context.pointee.lastError.message.map { String(cString: $0) }?
                    .trimmingCharacters(in: .whitespacesAndNewlines) ?? "unknown reason"
                xmlFreeDoc(doc)
                return .failure(.stopped(reason))
            }
            return doc.map { .success(MarkupDocument(pointer: $0)) } ?? .failure(.malformed)
        }
        return try result.get()
    }
}

/// libxml2 must be initialised once before threads use it.
private enum LibXML {
    static let initialized: Void = xmlInitParser()
}
