import CPoppler

/// Owns one GObject reference (a PopplerDocument or PopplerPage) and drops it on deinit, so the
/// value types that hold it never leak or double-free.
final class GObjectReference {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(pointer))
    }
}
