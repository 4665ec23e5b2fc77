/// The app's script, hand-written, no libraries: views by the address's fragment, uploads with
/// progress, the server's NDJSON progress stream, downloads from the returned bytes and a small
/// store-only ZIP writer for "download all".
enum Script {
    static let js = #"""
    "use strict";
    (function () {
      const T = JSON.parse(document.getElementById("strings").textContent);
      const LANG = document.documentElement.dataset.lang;
      const MAX = Number(document.body.dataset.maxUpload);
      const fmt = (s, ...v) => s.replace(/\{(\d)\}/g, (_, i) => v[Number(i)]);
      const el = (tag, cls, text) => { const e = document.createElement(tag); if (cls) e.className = cls; if (text != null) e.textContent = text; return e; };

      // Views: #convert (default), #check, #compare.
      function show() {
        const id = ["convert", "check", "compare"].includes(location.hash.slice(1)) ? location.hash.slice(1) : "convert";
        for (const v of document.querySelectorAll(".view")) v.hidden = v.id !== id;
        for (const a of document.querySelectorAll("nav.tabs a")) a.classList.toggle("active", a.getAttribute("href") === "#" + id);
        const sw = document.getElementById("lang-switch");
        sw.href = sw.href.split("#")[0] + "#" + id;
      }
      window.addEventListener("hashchange", show);
      show();

      // One file card: name, status line with a progress bar, body for the result.
      function card(container, name) {
        const c = el("article", "card"), head = el("div", "card-head");
        const status = el("div", "status"), bar = el("progress"), label = el("span");
        bar.max = 100; bar.value = 0;
        status.append(label, bar);
        head.append(el("span", "name", name), el("span", "summary"), status);
        c.append(head, el("div", "card-body"));
        container.append(c);
        return {
          el: c, body: c.querySelector(".card-body"), summary: head.querySelector(".summary"),
          state(text, percent) { label.textContent = text; if (percent == null) bar.removeAttribute("value"); else bar.value = percent; },
          finish(ok, text) { status.className = "status " + (ok ? "done" : "failed"); status.textContent = text; },
          fail(message, detail) {
            this.finish(false, T.failed);
            const p = el("p", "message", message);
            if (detail) p.append(el("span", "detail", T.detail + "：" + detail));
            this.body.replaceChildren(p);
          },
        };
      }

      // POSTs a form; reports upload progress, then each NDJSON event; a 4xx answer becomes an error event.
      function post(url, form, onEvent, onUpload) {
        const xhr = new XMLHttpRequest();
        let seen = 0;
        const drain = () => {
          const text = xhr.responseText;
          let end;
          while ((end = text.indexOf("\n", seen)) >= 0) {
            const line = text.slice(seen, end); seen = end + 1;
            if (line.trim()) onEvent(JSON.parse(line));
          }
        };
        xhr.open("POST", url + (url.includes("?") ? "&" : "?") + "lang=" + LANG);
        xhr.upload.onprogress = e => { if (e.lengthComputable) onUpload(Math.round(100 * e.loaded / e.total)); };
        xhr.onprogress = () => { if (xhr.status === 200) drain(); };
        xhr.onload = () => {
          if (xhr.status === 200) { drain(); return; }
          let message = T.errorInternal;
          try { message = JSON.parse(xhr.responseText).error.message; } catch (_) {}
          onEvent({ event: "error", message });
        };
        xhr.onerror = () => onEvent({ event: "error", message: T.errorInternal });
        xhr.send(form);
      }

      function progress(c) {
        return {
          upload: p => c.state(fmt(T.uploading, p), p),
          event(e) {
            if (e.event === "queued") c.state(fmt(T.queued, e.position), null);
            else if (e.event === "converting") c.state(T.converting, null);
            else if (e.event === "rendering") c.state(T.rendering, null);
          },
        };
      }

      function bytes(b64) {
        const s = atob(b64), out = new Uint8Array(s.length);
        for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
        return out;
      }

      function downloads(files) {
        const box = el("div", "downloads");
        for (const f of files) {
          const a = el("a", "button", f.label);
          a.href = URL.createObjectURL(new Blob([bytes(f.base64)], { type: f.mime }));
          a.download = f.name; a.dataset.name = f.name;
          box.append(a);
        }
        return box;
      }

      function tooLarge(file, c) {
        if (file.size <= MAX) return false;
        c.fail(fmt(T.errorTooLarge, Math.round(MAX / 1048576)));
        return true;
      }

      // 转换 convert
      const results = [];
      const allButton = document.getElementById("download-all");
      function convert(file) {
        const c = card(document.getElementById("convert-results"), file.name);
        c.el.classList.add("convert");
        if (tooLarge(file, c)) return;
        const form = new FormData(); form.append("file", file, file.name);
        const p = progress(c);
        post("/ui/convert", form, e => {
          if (e.event === "done") {
            c.finish(true, T.done);
            c.summary.textContent = e.summary;
            const wrap = el("div"); wrap.innerHTML = e.html;
            c.body.replaceChildren(downloads(e.files), ...wrap.childNodes);
            results.push(...e.files);
            allButton.disabled = false;
          } else if (e.event === "error") c.fail(e.message, e.detail);
          else p.event(e);
        }, p.upload);
      }
      function accept(input, drop, handle) {
        input.addEventListener("change", () => { for (const f of input.files) handle(f); input.value = ""; });
        drop.addEventListener("dragover", e => { e.preventDefault(); drop.classList.add("over"); });
        drop.addEventListener("dragleave", () => drop.classList.remove("over"));
        drop.addEventListener("drop", e => { e.preventDefault(); drop.classList.remove("over"); for (const f of e.dataTransfer.files) handle(f); });
      }
      accept(document.getElementById("convert-files"), document.getElementById("convert-drop"), convert);

      allButton.addEventListener("click", () => {
        const a = el("a");
        a.href = URL.createObjectURL(zip(results.map(f => ({ name: f.name, data: bytes(f.base64) }))));
        a.download = LANG === "zh" ? "清单转换结果.zip" : "qingdan-results.zip";
        document.body.append(a); a.click(); a.remove();
      });

      // 核对 check against the page
      accept(document.getElementById("check-file"), document.getElementById("check-drop"), file => {
        const box = document.getElementById("check-results");
        box.replaceChildren();
        const c = card(box, file.name);
        if (tooLarge(file, c)) return;
        const form = new FormData(); form.append("file", file, file.name);
        const p = progress(c);
        post("/ui/check", form, e => {
          if (e.event === "done") {
            c.finish(true, T.done); c.summary.textContent = e.summary; c.body.innerHTML = e.html;
            // A click on a page shows it across the whole width, and back.
            for (const img of c.body.querySelectorAll("section.page img")) {
              img.addEventListener("click", () => img.closest("section.page").classList.toggle("zoom"));
            }
          } else if (e.event === "error") c.fail(e.message, e.detail);
          else p.event(e);
        }, p.upload);
      });

      // 比较 compare
      for (const input of document.querySelectorAll("label.edition input")) {
        input.addEventListener("change", () => {
          const chosen = input.parentElement.querySelector(".chosen");
          if (input.files[0]) { chosen.textContent = input.files[0].name; chosen.classList.add("set"); }
        });
      }
      document.getElementById("compare-form").addEventListener("submit", ev => {
        ev.preventDefault();
        const old = document.getElementById("compare-old").files[0], neu = document.getElementById("compare-new").files[0];
        const box = document.getElementById("compare-results");
        box.replaceChildren();
        const c = card(box, old && neu ? old.name + " → " + neu.name : "");
        if (!old || !neu) { c.fail(T.errorNeedTwo); return; }
        if (tooLarge({ size: old.size + neu.size }, c)) return;
        const form = new FormData(); form.append("old", old, old.name); form.append("new", neu, neu.name);
        const p = progress(c);
        post("/ui/diff", form, e => {
          if (e.event === "done") {
            c.finish(true, T.done); c.summary.textContent = e.summary;
            const frame = el("iframe", "report"); frame.title = e.summary; frame.srcdoc = e.html;
            frame.addEventListener("load", () => { frame.style.height = frame.contentDocument.documentElement.scrollHeight + 24 + "px"; });
            c.body.replaceChildren(downloads(e.files), frame);
          } else if (e.event === "error") c.fail(e.message, e.detail);
          else p.event(e);
        }, p.upload);
      });

      // A ZIP of stored (uncompressed) entries with UTF-8 names: enough for a handful of outputs.
      function zip(entries) {
        const table = new Uint32Array(256);
        for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1; table[n] = c >>> 0; }
        const crc = d => { let c = 0xFFFFFFFF; for (let i = 0; i < d.length; i++) c = table[(c ^ d[i]) & 0xFF] ^ (c >>> 8); return (c ^ 0xFFFFFFFF) >>> 0; };
        const enc = new TextEncoder(), parts = [], central = [], used = new Set();
        let offset = 0;
        for (const e of entries) {
          let name = e.name, n = 2;
          while (used.has(name)) name = e.name.replace(/(\.[^.]*)?$/, m => " (" + n++ + ")" + m);
          used.add(name);
          const nb = enc.encode(name), sum = crc(e.data), size = e.data.length;
          const local = new DataView(new ArrayBuffer(30));
          local.setUint32(0, 0x04034b50, true); local.setUint16(4, 20, true); local.setUint16(6, 0x0800, true);
          local.setUint32(14, sum, true); local.setUint32(18, size, true); local.setUint32(22, size, true); local.setUint16(26, nb.length, true);
          parts.push(local, nb, e.data);
          const c = new DataView(new ArrayBuffer(46));
          c.setUint32(0, 0x02014b50, true); c.setUint16(4, 20, true); c.setUint16(6, 20, true); c.setUint16(8, 0x0800, true);
          c.setUint32(16, sum, true); c.setUint32(20, size, true); c.setUint32(24, size, true); c.setUint16(28, nb.length, true);
          c.setUint32(42, offset, true);
          central.push(c, nb);
          offset += 30 + nb.length + size;
        }
        const centralSize = central.reduce((s, p) => s + p.byteLength, 0);
        const end = new DataView(new ArrayBuffer(22));
        end.setUint32(0, 0x06054b50, true); end.setUint16(8, entries.length, true); end.setUint16(10, entries.length, true);
        end.setUint32(12, centralSize, true); end.setUint32(16, offset, true);
        return new Blob([...parts, ...central, end], { type: "application/zip" });
      }
    })();
    """#
}
