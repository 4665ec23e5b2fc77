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
    /// A page whose size is not finite or beyond the PDF maximum (`width`/`height` already printed short).
    case impossiblePageSize(width: String, height: String)
    /// A page that places text at a non-finite or absurd position (a damaged font or text matrix).
    case impossibleTextPosition
    /// A ZIP part that inflates past the limit (a zip bomb, not a list).
    case partTooLarge(part: String, megabytes: Int)
    /// A part over the markup budget; `reason` names the limit.
    case partOverBudget(part: String, reason: String)
    /// A web page over the markup budget; `reason` names the limit.
    case pageOverBudget(reason: String)
    /// libxml2 stopped before the end of the page; the rest would be lost.
    case htmlParserStopped(reason: String)
    case cannotEncodePNG
    /// Reading one document used more CPU time than its budget (`ResourceBudget`).
    case timeBudgetExceeded(seconds: Int)
    /// Reading one document crashed or ran out of its address-space budget.
    case memoryBudgetExceeded(megabytes: Int)
    /// A canonical JSON of a schema version this qingdan does not read.
    case unsupportedSchemaVersion(found: Int, supported: Int)
    case verbatim(String)
}
