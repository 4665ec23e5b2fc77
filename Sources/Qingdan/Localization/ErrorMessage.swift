/// Why an input could not be read (or an output written), as data; each `Catalogue` words it.
public enum ErrorMessage: Sendable, Equatable, Hashable {
    case cannotRead(reason: String?)
    /// `reason` is the system's (strerror).
    case cannotWrite(reason: String)
    case cannotCreateDirectory(reason: String)
    case emptyFile
    case blankFile
    case notAListForm
    case xlsxIsOutputForm
    case notWebPage
    case noListTable
    case noTableFound
    case noTextLayer
    case notDOCXNoBody
    case notDOCXNotZip
    case notDOCXMissingPart(part: String)
    case damagedDOCXUnpack(part: String)
    case damagedDOCXXML(part: String)
    case cannotCopyToUnpack
    case cannotCopyToDecrypt
    case notPDF
    case damagedPage
    case encryptedPDF
    case damagedPDF(reason: String)
    case noTextHeader
    case noFirstRow
    case notUTF8OrGB18030
    case noLayoutHeader
    case layoutHeaderWithoutRows
    case noSuchPage(pageCount: Int)
    case cannotRenderPage
    case cannotBuildXLSX(detail: String)
    case notQingdanJSON(detail: String?)
    /// A folder given as input holds no file in a form qingdan reads.
    case noListInFolder(extensions: [String])
    /// A DOCX part that unpacks to more than the limit (a zip bomb).
    case partTooLarge(part: String, megabytes: Int)
    /// A document part over the markup budget; `reason` says which.
    case partOverBudget(part: String, reason: String)
    case pageOverBudget(reason: String)
    case htmlParserStopped(reason: String)
    case impossiblePageSize(width: String, height: String)
    case cannotEncodePNG
    case verbatim(String)
}
