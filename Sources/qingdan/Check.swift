import ArgumentParser

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(Check: not built yet)")
    func run() throws { throw ExitCode(2) }
}
