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

    /// Parses well-formed XML (no network, no entity substitution, no error output).
    /// Nil when libxml2 cannot build a tree at all.
    static func xml(_ data: Data) -> MarkupDocument? {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        return parse(data) { bytes, count in
            xmlReadMemory(bytes, count, nil, nil, options)
        }
    }

    /// Parses HTML the way browsers recover from tag soup. `utf8` must already be UTF-8: the
    /// caller settles the character set, so libxml2 is told to ignore `<meta charset>`.
    static func html(utf8: Data) -> MarkupDocument? {
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
        )
        return parse(utf8) { bytes, count in
            htmlReadMemory(bytes, count, nil, "UTF-8", options)
        }
    }

    private static func parse(_ data: Data, _ read: (UnsafePointer<CChar>, Int32) -> xmlDocPtr?) -> MarkupDocument? {
        _ = LibXML.initialized
        guard data.count < Int32.max else { return nil }
        let doc: xmlDocPtr? = data.withUnsafeBytes { raw in
            guard let base = raw.bindMemory(to: CChar.self).baseAddress else { return nil }
            return read(base, Int32(raw.count))
        }
        return doc.map(MarkupDocument.init(pointer:))
    }
}

/// libxml2 must be initialised once before threads use it.
private enum LibXML {
    static let initialized: Void = xmlInitParser()
}
