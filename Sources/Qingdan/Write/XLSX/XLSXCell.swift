/// One cell of a worksheet being written.
struct XLSXCell: Sendable, Equatable {
    enum Value: Sendable, Equatable {
        case text(String)
        case number(Int)
    }

    var value: Value
    var style: XLSXStyle = .body

    static func text(_ text: String, style: XLSXStyle = .body) -> XLSXCell {
        XLSXCell(value: .text(text), style: style)
    }

    /// A 序号 printed as plain digits becomes a number, so that the sheet sorts and filters by it.
    static func number(_ printed: String) -> XLSXCell {
        if !printed.isEmpty, printed.allSatisfy(\.isASCII), printed.allSatisfy(\.isNumber), let number = Int(printed) {
            return XLSXCell(value: .number(number), style: .number)
        }
        return .text(printed)
    }
}
