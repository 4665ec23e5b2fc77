import ArgumentParser

struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(Inspect: not built yet)")
    func run() throws { throw ExitCode(2) }
}
