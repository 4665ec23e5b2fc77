import Foundation

/// Validates JSON text against `../shared/schema/qingdan-list.schema.json` with Python's jsonschema
/// (test tooling only). Returns nil when valid, else the validator's messages.
enum SchemaValidation {
    static var schemaPath: String {
        packageRoot.deletingLastPathComponent().appendingPathComponent("shared/schema/qingdan-list.schema.json").path
    }

    static func errors(in json: String, schema: String = schemaPath) throws -> String? {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("doc.json")
        try Data(json.utf8).write(to: file)
        let script = """
        import json, sys
        from jsonschema import Draft202012Validator
        schema = json.load(open(sys.argv[1], encoding='utf-8'))
        doc = json.load(open(sys.argv[2], encoding='utf-8'))
        errors = sorted(Draft202012Validator(schema).iter_errors(doc), key=lambda e: list(e.path))
        for e in errors[:10]:
            print('/'.join(map(str, e.path)) + ': ' + e.message)
        sys.exit(1 if errors else 0)
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schema, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return process.terminationStatus == 0 ? nil : (out.isEmpty ? "validator failed to run" : out)
    }
}
