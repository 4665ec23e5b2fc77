import Foundation

/// Validates JSON text against the project's schema (`Sources/Qingdan/Schema/qingdan-list.schema.json`)
/// with Python's jsonschema from the test virtual environment (`.build-venv`, made by `make test`).
/// Returns nil when valid, else the validator's messages. A missing validator is a failure, not a skip.
enum SchemaValidation {
    static var schemaPath: String {
        packageRoot.appendingPathComponent("Sources/Qingdan/Schema/qingdan-list.schema.json").path
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
        let (status, out) = try TestPython.run(["-c", script, schema, file.path])
        return status == 0 ? nil : (out.isEmpty ? "validator failed to run" : out)
    }
}

/// The Python of the test virtual environment `.build-venv` (`make venv`, run by `make test`), which
/// holds the test tooling (Tests/Tools/requirements.txt); never the system Python's packages.
enum TestPython {
    static var path: String { packageRoot.appendingPathComponent(".build-venv/bin/python3").path }

    static func run(_ arguments: [String]) throws -> (Int32, String) {
        guard FileManager.default.isExecutableFile(atPath: path) else {
            return (127, "no test Python at \(path): run `make venv` (or `make test`)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
