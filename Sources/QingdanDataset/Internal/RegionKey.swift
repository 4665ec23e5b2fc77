import Qingdan

/// The region a list applies to as one text (大同市云冈区口泉乡): lists with the same region
/// and kind are editions of one list. A title that names no place stands for itself.
enum RegionKey {
    static func of(_ list: DutyList) -> String {
        let parts = [list.region.province, list.region.city, list.region.district, list.region.township].compactMap { $0 }
        return parts.isEmpty ? list.title : parts.joined()
    }
}
