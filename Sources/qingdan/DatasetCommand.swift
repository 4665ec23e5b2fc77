import ArgumentParser

/// `qingdan dataset …`: the canonical dataset of every list and edition (one SQLite file).
struct DatasetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dataset",
        abstract: "Build and query the dataset of every list and edition (one SQLite file).",
        discussion: """
        Examples:
          qingdan dataset build lists/ -o lists.sqlite --edition 2025
          qingdan dataset department 区市场监督管理局 --db lists.sqlite --format xlsx -o 市场监管.xlsx
          qingdan dataset history --name 医疗救助 --db lists.sqlite
          qingdan dataset compare 口泉乡 高山镇 --kind cooperative --db lists.sqlite
          qingdan dataset summary --db lists.sqlite --format csv
        """,
        subcommands: [DatasetBuild.self, DatasetDepartment.self, DatasetHistory.self, DatasetCompare.self, DatasetSummary.self]
    )
}
