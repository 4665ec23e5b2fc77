import Foundation

/// The one page of the app: three views (转换, 核对原件, 比较版本) switched by the address's
/// fragment, the script's strings in the page's language, no external resources.
struct IndexPage {
    var text: PageText
    var maxUploadMB: Int
    /// Whether the server has a dataset open (`--dataset`): its page gets a tab.
    var datasetTab = false

    var html: String {
        let t = { (key: PageText.Key) in HTML.escape(text[key]) }
        let other = text.language == .zh ? "en" : "zh"
        let top = PageTop(text: text, title: t(.appTitle), bodyAttributes: " data-max-upload=\"\(maxUploadMB * 1_048_576)\"",
                          switchHref: "/?lang=\(other)")
        return """
        \(top.html)
        <nav class="tabs" role="tablist">
          <a href="#convert" id="tab-convert" role="tab">\(t(.tabConvert))</a>
          <a href="#check" id="tab-check" role="tab">\(t(.tabCheck))</a>
          <a href="#compare" id="tab-compare" role="tab">\(t(.tabCompare))</a>\(datasetLink)
        </nav>
        <main>
        <section class="view" id="convert">
          <p class="intro">\(t(.convertIntro))</p>
          <label class="drop" id="convert-drop">
            <input type="file" id="convert-files" multiple accept=".pdf,.docx,.html,.htm,.txt,.text">
            <span class="button primary">\(t(.chooseFiles))</span>
            <span class="hint">\(t(.dropHint))</span>
            <span class="formats">\(HTML.escape(text.format(.formatsHint, String(maxUploadMB))))</span>
          </label>
          <div class="toolbar"><button type="button" class="button" id="download-all" disabled>\(t(.downloadAll))</button></div>
          <div id="convert-results"></div>
        </section>
        <section class="view" id="check" hidden>
          <p class="intro">\(t(.checkIntro))</p>
          <label class="drop" id="check-drop">
            <input type="file" id="check-file" accept=".pdf">
            <span class="button primary">\(t(.choosePDF))</span>
            <span class="hint">\(t(.dropHint))</span>
          </label>
          <div id="check-results"></div>
        </section>
        <section class="view" id="compare" hidden>
          <p class="intro">\(t(.compareIntro))</p>
          <form class="editions" id="compare-form">
            <label class="edition"><span class="which">\(t(.oldEdition))</span>
              <input type="file" id="compare-old" accept=".pdf,.docx,.html,.htm,.txt,.text,.json">
              <span class="pick"><span class="button">\(t(.chooseFile))</span><span class="chosen">\(t(.noFileChosen))</span></span></label>
            <span class="arrow">→</span>
            <label class="edition"><span class="which">\(t(.newEdition))</span>
              <input type="file" id="compare-new" accept=".pdf,.docx,.html,.htm,.txt,.text,.json">
              <span class="pick"><span class="button">\(t(.chooseFile))</span><span class="chosen">\(t(.noFileChosen))</span></span></label>
            <button type="submit" class="button primary" id="compare-run">\(t(.compareButton))</button>
          </form>
          <div id="compare-results"></div>
        </section>
        </main>
        <footer>\(t(.footer))</footer>
        <script type="application/json" id="strings">\(strings)</script>
        <script src="/app.js"></script>
        </body>
        </html>
        """
    }

    private var datasetLink: String {
        guard datasetTab else { return "" }
        return "\n  <a href=\"/dataset\(text.language == .en ? "?lang=en" : "")\" id=\"tab-dataset\">\(HTML.escape(text[.tabDataset]))</a>"
    }

    /// The script's strings as JSON, `<` escaped so that no string can close the script element.
    private var strings: String {
        let pairs = text.scriptKeys.map { ($0.rawValue, text[$0]) }
        let dictionary = Dictionary(pairs, uniquingKeysWith: { a, _ in a })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = (try? encoder.encode(dictionary)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return json.replacingOccurrences(of: "<", with: "\\u003c")
    }
}
