import Foundation
import Testing
@testable import Qingdan

/// The truth of a shape fixture (`Fixtures/shapes/VARIANT.truth.json`), written by
/// Tests/Tools/make_shape_fixtures.py from its own data before it renders the list: every item as
/// the JSON writer should give it, and the renderings made of it.
struct GeneratedShapeTruth: @unchecked Sendable {
    struct Rendering: Sendable, CustomTestStringConvertible, CustomStringConvertible {
        var variant: String
        var file: String
        var testDescription: String { file }
        var description: String { file }
        var path: String { GeneratedShapeTruth.directory.appendingPathComponent(file).path }
    }

    var variant: String
    var title: String
    var headers: [String]
    /// Each item's JSON object (from JSONSerialization), keyed as in `qingdan-list.schema.json`.
    var items: [[String: Any]]
    var renderings: [Rendering]

    static let directory = packageRoot.appendingPathComponent("Tests/QingdanTests/Fixtures/shapes")

    /// The item fields compared; `subcategory` (a missing key is null, as the JSON writer leaves it out when nil).
    /// item's JSON carries the key).
    static let comparedKeys = ["number", "category", "name", "departments", "superior_duties", "township_duties",
                               "content", "cells"]

    static func load(_ variant: String) throws -> GeneratedShapeTruth {
        let url = directory.appendingPathComponent("\(variant).truth.json")
        guard let root = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any],
              let title = root["title"] as? String, let headers = root["headers"] as? [String],
              let items = root["items"] as? [[String: Any]], let renderings = root["renderings"] as? [[String: Any]] else {
            throw GeneratedShapeTruthError(message: "\(url.path): not a shape truth")
        }
        return GeneratedShapeTruth(variant: variant, title: title, headers: headers, items: items,
                          renderings: renderings.compactMap { ($0["file"] as? String).map { Rendering(variant: variant, file: $0) } })
    }

    static var variants: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".truth.json") }.map { String($0.dropLast(".truth.json".count)) }.sorted()
    }

    static var allRenderings: [Rendering] {
        variants.flatMap { (try? load($0).renderings) ?? [] }
    }

    /// How `list` compares with this truth: the items equal to theirs, and a line for each that is not.
    func compare(_ list: DutyList) throws -> ShapeComparison {
        var differences: [String] = []
        if list.title != title { differences.append("title \(list.title) ≠ \(title)") }
        let printedHeaders = list.columns.map(\.header)
        if printedHeaders != headers { differences.append("headers \(printedHeaders) ≠ \(headers)") }
        if list.items.count != items.count { differences.append("\(list.items.count) items for \(items.count)") }
        var exact = 0
        for (index, expected) in items.enumerated() {
            guard index < list.items.count,
                  let actual = try JSONSerialization.jsonObject(with: Data(list.items[index].canonicalJSONText().utf8)) as? [String: Any]
            else { break }
            let wrong = Self.comparedKeys.filter { key in
                !Self.equal(expected[key], actual[key])
            }
            if wrong.isEmpty {
                exact += 1
            } else {
                let key = wrong[0]
                differences.append("item \(index + 1) \(key): \(Self.text(actual[key])) ≠ \(Self.text(expected[key]))")
            }
        }
        return ShapeComparison(exact: exact, total: items.count, differences: differences)
    }

    /// Equality of two values from JSONSerialization; a missing key equals null.
    static func equal(_ a: Any?, _ b: Any?) -> Bool {
        let a = a is NSNull ? nil : a, b = b is NSNull ? nil : b
        switch (a, b) {
        case (nil, nil): return true
        case let (x as String, y as String): return x == y
        case let (x as [String: Any], y as [String: Any]):
            return Set(x.keys).union(y.keys).allSatisfy { equal(x[$0], y[$0]) }
        case let (x as [Any], y as [Any]): return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
        case let (x as NSNumber, y as NSNumber): return x == y
        case let (x as Int, y as Int): return x == y
        case let (x as Bool, y as Bool): return x == y
        default: return false
        }
    }

    static func text(_ value: Any?) -> String {
        guard let value, !(value is NSNull) else { return "null" }
        if let string = value as? String { return "\"\(string)\"" }
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]) else {
            return "\(value)"
        }
        return String(decoding: data, as: UTF8.self)
    }
}

struct ShapeComparison: Sendable {
    var exact: Int
    var total: Int
    var differences: [String]
    var isExact: Bool { differences.isEmpty }
}

struct GeneratedShapeTruthError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
