import ArgumentParser

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(Diff: not built yet)")
    func run() throws { throw ExitCode(2) }
}
