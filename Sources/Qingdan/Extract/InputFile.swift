import Foundation

/// The bytes of an input file (a list, an edition to compare, a PDF to inspect).
public enum InputFile {
    /// Reads the file at `path`; a file that cannot be read is an error naming it and the
    /// system's reason ("No such file or directory").
    public static func read(_ path: String) throws(QingdanError) -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw QingdanError(.unreadable, file: path, .cannotRead(reason: SystemError.reason(of: error)))
        }
    }
}
