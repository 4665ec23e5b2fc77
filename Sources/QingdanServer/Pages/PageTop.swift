/// What every page begins with: the document head in the page's language and the top bar (the
/// seal, the app's name and the language switch). One copy, so the pages cannot drift apart.
struct PageTop {
    var text: PageText
    /// The page's title, already escaped.
    var title: String
    /// Attributes of `<body>`, already escaped (the upload limit the convert page's script reads).
    var bodyAttributes = ""
    /// Where the language switch goes, already escaped.
    var switchHref: String

    var html: String {
        let t = { (key: PageText.Key) in HTML.escape(text[key]) }
        return """
        <!DOCTYPE html>
        <html lang="\(text.language.htmlCode)" data-lang="\(text.language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title)</title>
        <link rel="stylesheet" href="/app.css">
        </head>
        <body\(bodyAttributes)>
        <header class="top">
          <div class="brand"><span class="seal">清单</span><div><h1>\(t(.appTitle))</h1><p>\(t(.tagline))</p></div></div>
          <a class="lang" id="lang-switch" href="\(switchHref)">\(t(.switchLanguage))</a>
        </header>
        """
    }
}
