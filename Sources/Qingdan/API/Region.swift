/// Where the list applies, read from its title (省 / 市 / 区·县 / 乡·镇·街道).
public struct Region: Sendable, Equatable {
    public var province: String?
    public var city: String?
    public var district: String?
    public var township: String?

    public init(province: String? = nil, city: String? = nil, district: String? = nil, township: String? = nil) {
        self.province = province
        self.city = city
        self.district = district
        self.township = township
    }
}
