import CPoppler
#if canImport(Glibc)
import Glibc
#endif

/// poppler-glib reports every complaint about a PDF ("Embedded font file may be invalid", "some
/// font thing failed", thousands for a damaged file) through GLib's log in the `Poppler` domain.
/// GLib's own handler prints them on stdout — into `convert --format md > list.md` — once
/// `G_MESSAGES_DEBUG` is set. This handler writes them to descriptor 2 instead, which the CLI
/// sends to the debug log (`LibraryMessages`), never to the clerk's terminal.
enum PopplerLog {
    static let installed: Void = {
        let levels = GLogLevelFlags(rawValue: G_LOG_LEVEL_MASK.rawValue | G_LOG_FLAG_FATAL.rawValue | G_LOG_FLAG_RECURSION.rawValue)
        _ = g_log_set_handler("Poppler", levels, { domain, _, message, _ in
            guard let message else { return }
            let prefix = "poppler: "
            _ = write(2, prefix, strlen(prefix))
            _ = write(2, message, strlen(message))
            _ = write(2, "\n", 1)
        }, nil)
    }()
}
