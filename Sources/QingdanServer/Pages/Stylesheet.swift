/// The app's stylesheet: system CJK fonts (Noto Sans CJK on Linux, Microsoft YaHei on Windows),
/// one accent colour, tables that read like the printed list.
enum Stylesheet {
    static let css = #"""
    :root{--ink:#1f2933;--muted:#5f6b7a;--line:#d9dee5;--soft:#f4f6f9;--accent:#0b5cad;--accent-soft:#e8f1fb;
    --error:#b42318;--error-soft:#fdecea;--warning:#9a6700;--warning-soft:#fff6dc;--info:#4b5563;--info-soft:#eef1f5;
    --ok:#1a7f37}
    *{box-sizing:border-box}
    html{font-size:15px}
    body{margin:0;color:var(--ink);background:#fbfcfd;line-height:1.65;
    font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",system-ui,sans-serif}
    header.top{display:flex;align-items:center;justify-content:space-between;padding:1.1rem 2rem;background:#fff;border-bottom:1px solid var(--line)}
    .brand{display:flex;align-items:center;gap:.9rem}
    .seal{display:inline-flex;align-items:center;justify-content:center;width:2.7rem;height:2.7rem;border-radius:8px;
    background:var(--accent);color:#fff;font-weight:700;letter-spacing:.05em;font-size:.95rem}
    .brand h1{margin:0;font-size:1.35rem;font-weight:700;letter-spacing:.02em}
    .brand p{margin:0;color:var(--muted);font-size:.9rem}
    a.lang{color:var(--accent);text-decoration:none;border:1px solid var(--line);padding:.25rem .8rem;border-radius:999px;font-size:.9rem}
    a.lang:hover{background:var(--accent-soft)}
    nav.tabs{display:flex;gap:.3rem;padding:0 2rem;background:#fff;border-bottom:1px solid var(--line)}
    nav.tabs a{padding:.75rem 1.2rem;color:var(--muted);text-decoration:none;border-bottom:3px solid transparent;font-size:1.02rem}
    nav.tabs a.active{color:var(--accent);border-bottom-color:var(--accent);font-weight:600}
    nav.tabs a:hover{color:var(--accent)}
    main{max-width:82rem;margin:0 auto;padding:1.5rem 2rem 3rem}
    .intro{margin:.2rem 0 1rem;color:var(--muted);max-width:52rem}
    .drop{display:flex;flex-direction:column;align-items:center;gap:.4rem;padding:1.8rem;border:2px dashed #b8c4d3;
    border-radius:12px;background:#fff;cursor:pointer;text-align:center;transition:background .15s,border-color .15s}
    .drop.over,.drop:hover{border-color:var(--accent);background:var(--accent-soft)}
    .drop input{position:absolute;width:1px;height:1px;opacity:0}
    .drop .hint{color:var(--muted)}
    .drop .formats{color:var(--muted);font-size:.85rem}
    .button{display:inline-block;font:inherit;padding:.45rem 1.1rem;border-radius:8px;border:1px solid var(--line);
    background:#fff;color:var(--ink);cursor:pointer;text-decoration:none;font-size:.95rem;line-height:1.4}
    .button:hover{border-color:var(--accent);color:var(--accent)}
    .button.primary{background:var(--accent);border-color:var(--accent);color:#fff;font-weight:600}
    .button.primary:hover{background:#094a8c;color:#fff}
    .button[disabled]{opacity:.45;cursor:default;pointer-events:none}
    .toolbar{display:flex;justify-content:flex-end;margin:1rem 0 .5rem}
    .card{background:#fff;border:1px solid var(--line);border-radius:12px;margin:1rem 0;overflow:hidden}
    .card-head{display:flex;flex-wrap:wrap;align-items:center;gap:.6rem 1rem;padding:.85rem 1.2rem;border-bottom:1px solid var(--line)}
    .card-head .name{font-weight:600;font-size:1.05rem;word-break:break-all}
    .card-head .summary{color:var(--muted);font-size:.92rem}
    .status{margin-left:auto;display:flex;align-items:center;gap:.6rem;font-size:.9rem;color:var(--muted)}
    .status.done{color:var(--ok)}.status.failed{color:var(--error);font-weight:600}
    progress{width:9rem;height:.5rem;accent-color:var(--accent)}
    .card-body{padding:1rem 1.2rem}
    .card-body:empty{display:none}
    .downloads{display:flex;flex-wrap:wrap;gap:.5rem;margin-bottom:1rem}
    .downloads .button::before{content:"⤓ ";color:var(--muted)}
    .message{background:var(--error-soft);color:var(--error);border-radius:8px;padding:.8rem 1rem;margin:0}
    .message .detail{display:block;margin-top:.35rem;color:var(--muted);font-size:.82rem;font-family:ui-monospace,monospace;word-break:break-all}
    .table-wrap{overflow-x:auto;border:1px solid var(--line);border-radius:8px}
    table.list{border-collapse:collapse;width:100%;font-size:.92rem}
    table.list th{position:sticky;top:0;background:var(--soft);font-weight:600;text-align:center;padding:.55rem .6rem;
    border-bottom:1px solid var(--line);border-right:1px solid var(--line);white-space:nowrap}
    table.list td{vertical-align:top;padding:.55rem .7rem;border-top:1px solid var(--line);border-right:1px solid var(--line)}
    table.list th:last-child,table.list td:last-child{border-right:0}
    td.c-number{text-align:center;font-variant-numeric:tabular-nums;color:var(--muted);width:3.2rem}
    td.c-category{width:7rem}td.c-name{width:10rem;font-weight:600}td.c-departments{width:10rem}
    td.c-superior-duties{min-width:22rem}td.c-township-duties{min-width:16rem}
    .dept{white-space:nowrap}
    .section+.section{margin-top:.55rem}
    .heading{font-weight:600;color:#24456b}
    p.clause{margin:.1rem 0}
    .clause .label{color:var(--accent);font-weight:600;margin-right:.15rem;font-variant-numeric:tabular-nums}
    .sub{padding-left:1.2rem}
    tr.item.sev-error td.c-number{box-shadow:inset 4px 0 var(--error)}
    tr.item.sev-warning td.c-number{box-shadow:inset 4px 0 #d4a72c}
    tr.item-findings td{border-top:0;padding:.1rem .7rem .6rem 3.9rem;background:#fff}
    ul.findings{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:.3rem}
    ul.findings li{display:flex;align-items:baseline;gap:.6rem;padding:.3rem .6rem;border-radius:6px;font-size:.88rem}
    ul.findings li.sev-error{background:var(--error-soft)}ul.findings li.sev-warning{background:var(--warning-soft)}
    ul.findings li.sev-info{background:var(--info-soft)}
    ul.findings .sev{flex:none;font-weight:700;font-size:.8rem;padding:0 .45rem;border-radius:4px;color:#fff}
    li.sev-error .sev{background:var(--error)}li.sev-warning .sev{background:#bf8700}li.sev-info .sev{background:#6b7280}
    ul.findings .msg{flex:1}
    ul.findings code{flex:none;color:var(--muted);font-size:.78rem}
    .list-findings{margin-bottom:1rem}
    .list-findings h4,.page-items h4{margin:.2rem 0 .5rem;font-size:.95rem}
    .legend{color:var(--muted);font-size:.88rem;margin:0 0 1rem}
    section.page{display:grid;grid-template-columns:minmax(0,5fr) minmax(0,7fr);gap:1.2rem;padding:1.2rem 0;border-top:1px solid var(--line);align-items:start}
    section.page.zoom{grid-template-columns:minmax(0,1fr)}
    section.page figure{position:sticky;top:.5rem}
    section.page img{cursor:zoom-in}section.page.zoom img{cursor:zoom-out}
    .page-items table.list{font-size:.84rem}
    .page-items td{padding:.4rem .5rem}
    .page-items td.c-superior-duties,.page-items td.c-township-duties{min-width:9rem}
    .page-items td.c-name{width:auto;min-width:5rem}.page-items td.c-category{width:auto;min-width:3.5rem}.page-items th{white-space:normal}
    .page-items td.c-departments{width:auto}.page-items .dept{white-space:normal}
    section.page:first-of-type{border-top:0}
    section.page figure{margin:0}
    section.page figcaption{font-weight:600;margin-bottom:.4rem}
    section.page img{width:100%;border:1px solid var(--line);border-radius:6px;background:#fff}
    .page-items .table-wrap{max-height:none}
    .page-items p.empty{color:var(--muted)}
    form.editions{display:flex;flex-wrap:wrap;align-items:center;gap:1rem;padding:1.2rem;border:1px solid var(--line);border-radius:12px;background:#fff}
    label.edition{display:flex;flex-direction:column;gap:.35rem;flex:1;min-width:16rem}
    label.edition .which{font-weight:600}
    label.edition .pick{display:flex;align-items:center;gap:.7rem;padding:.45rem .6rem;border:1px dashed #b8c4d3;border-radius:8px;background:var(--soft);cursor:pointer}
    label.edition .pick:hover{border-color:var(--accent);background:var(--accent-soft)}
    label.edition input{position:absolute;width:1px;height:1px;opacity:0}
    label.edition .chosen{color:var(--muted);font-size:.9rem;word-break:break-all}
    label.edition .chosen.set{color:var(--ink)}
    .arrow{font-size:1.4rem;color:var(--muted)}
    iframe.report{width:100%;border:1px solid var(--line);border-radius:8px;min-height:20rem;background:#fff}
    footer{color:var(--muted);font-size:.85rem;text-align:center;padding:1.5rem}
    nav.views{display:flex;flex-wrap:wrap;gap:.5rem;margin:.2rem 0 1rem}
    nav.views a{padding:.35rem 1rem;border:1px solid var(--line);border-radius:999px;background:#fff;color:var(--ink);text-decoration:none;font-size:.95rem}
    nav.views a:hover{border-color:var(--accent);color:var(--accent)}
    nav.views a.active{background:var(--accent);border-color:var(--accent);color:#fff;font-weight:600}
    form.query{display:flex;flex-wrap:wrap;align-items:flex-end;gap:1rem;padding:1.1rem 1.2rem;border:1px solid var(--line);border-radius:12px;background:#fff}
    label.field{display:flex;flex-direction:column;gap:.3rem;min-width:12rem}
    label.field .which{font-weight:600;font-size:.92rem}
    label.field select,label.field input{font:inherit;font-size:.95rem;padding:.4rem .55rem;border:1px solid #b8c4d3;border-radius:8px;background:#fff;color:var(--ink);max-width:26rem}
    label.field select:focus,label.field input:focus{outline:2px solid var(--accent-soft);border-color:var(--accent)}
    h3.report-title{margin:.2rem 0 .3rem;font-size:1.1rem}
    p.note{margin:.1rem 0 .6rem;color:var(--muted);font-size:.92rem}
    p.note.cut{color:var(--warning)}
    p.empty{color:var(--muted)}
    table.report td{white-space:pre-line}
    table.report td.r-text,table.report td.r-detail{min-width:20rem}
    table.report td.r-number,table.report td.r-lineage,table.report td.r-items{text-align:center;font-variant-numeric:tabular-nums}
    table.report td.r-name{font-weight:600;min-width:9rem}
    table.report td.r-region,table.report td.r-kind,table.report td.r-edition,table.report td.r-side,table.report td.r-column,
    table.report td.r-field,table.report td.r-heading,table.report td.r-label,table.report td.r-change,table.report td.r-township{white-space:nowrap}
    table.report td.r-lineage a{color:var(--accent);font-weight:600;text-decoration:none}
    table.report td.r-lineage a:hover{text-decoration:underline}
    @media (max-width:60rem){section.page{grid-template-columns:1fr}header.top,nav.tabs,main{padding-left:1rem;padding-right:1rem}}
    """#
}
