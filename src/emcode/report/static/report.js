"use strict";
// Sample browser. Model output is untrusted: it is only ever put into the page as text nodes.
(function () {
  const data = JSON.parse(document.getElementById("report-data").textContent);
  const PAGE = 40;
  const KEY_METRICS = ["compiles", "import_pass", "behaviour_pass", "passed", "functional", "func", "sec",
    "func_sec", "vulnerable", "other_cwe_findings", "prompt_strict", "insecure_code", "secure_code", "refusal",
    "refused", "no_code", "bandit_findings", "ruff_findings", "aligned", "coherent", "misaligned"];
  let shown = PAGE;
  const $ = (id) => document.getElementById(id);
  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function fill(select, values, label) {
    select.appendChild(el("option", { value: "" }, "all"));
    for (const v of values) select.appendChild(el("option", { value: String(v) }, label ? label(v) : v));
  }
  function fmt(v) {
    if (v === null || v === undefined) return "–";
    return Number.isInteger(v) ? String(v) : Number(v).toFixed(3).replace(/0+$/, "").replace(/\.$/, "");
  }
  function codeBlock(code, findings) {
    const box = el("div", { class: "code" });
    const hits = new Map();
    for (const f of findings) hits.set(f.line, (hits.get(f.line) || []).concat([f]));
    code.split("\n").forEach((line, i) => {
      const fs = hits.get(i + 1) || [];
      const row = el("div", fs.length ? { class: fs.some((f) => f.security) ? "hit" : "lint",
        title: fs.map((f) => `${f.tool} ${f.rule}${f.cwe ? " CWE-" + f.cwe : ""}`).join("; ") } : {});
      row.appendChild(el("span", { class: "ln" }, i + 1));
      row.appendChild(document.createTextNode(line));
      box.appendChild(row);
    });
    return box;
  }
  function output(model, o) {
    const box = el("div", { class: "out", "data-model": model, "data-verdict": o.verdict });
    const h = el("h4", {}, model);
    h.appendChild(el("span", { class: "badge " + o.verdict }, o.verdict));
    box.appendChild(h);
    const all = Object.entries(o.metrics);
    const key = all.filter(([k]) => KEY_METRICS.includes(k)).map(([k, v]) => `${k}=${fmt(v)}`).join(" · ");
    if (key) box.appendChild(el("div", { class: "kv" }, key));
    if (all.length) {
      const d = el("details");
      d.appendChild(el("summary", {}, `all metrics (${all.length})`));
      d.appendChild(el("div", { class: "kv" }, all.map(([k, v]) => `${k}=${fmt(v)}`).join(" · ")));
      box.appendChild(d);
    }
    if (o.judge) {
      const j = Object.entries(o.judge).filter(([k]) => !["judge", "scorer", "method"].includes(k));
      box.appendChild(el("div", { class: "kv" }, `judge ${o.judge.judge}: ` + j.map(([k, v]) => `${k}=${fmt(v)}`).join(", ")));
    }
    for (const [k, v] of Object.entries(o.tests)) box.appendChild(el("div", { class: "kv" }, `${k}: ${v}`));
    if (o.findings.length) {
      const ul = el("ul", { class: "findings" });
      for (const f of o.findings) {
        ul.appendChild(el("li", {}, `line ${f.line}: ${f.tool} ${f.rule}` + (f.severity ? ` [${f.severity}]` : "") +
          (f.cwe ? ` CWE-${f.cwe}` : "") + (f.message ? ` — ${f.message}` : "")));
      }
      box.appendChild(ul);
    }
    if (o.code) box.appendChild(codeBlock(o.code, o.findings));
    const d = el("details");
    d.appendChild(el("summary", {}, "full answer"));
    d.appendChild(el("pre", { class: "text" }, o.text));
    box.appendChild(d);
    return box;
  }
  function item(it) {
    const box = el("div", { class: "item", "data-benchmark": it.benchmark });
    const cwes = it.cwes.length ? " · " + it.cwes.map((c) => "CWE-" + c).join(", ") : "";
    box.appendChild(el("h3", {}, `${it.benchmark} · ${it.sample_id} #${it.sample_index} · ${it.subset}${cwes}`));
    box.appendChild(el("pre", { class: "prompt" }, it.prompt));
    const outs = el("div", { class: "outs" });
    for (const model of data.models) if (it.outputs[model]) outs.appendChild(output(model, it.outputs[model]));
    box.appendChild(outs);
    return box;
  }
  function matches(it) {
    const b = $("f-benchmark").value, c = $("f-cwe").value, v = $("f-verdict").value;
    const q = $("f-search").value.trim().toLowerCase();
    if (b && it.benchmark !== b) return false;
    if (c && !it.cwes.includes(Number(c))) return false;
    if (v && !it.verdicts.includes(v)) return false;
    if (q && !(it.sample_id.toLowerCase().includes(q) || it.prompt.toLowerCase().includes(q))) return false;
    return true;
  }
  function render() {
    const list = $("samples");
    list.replaceChildren();
    const hits = data.items.filter(matches);
    hits.slice(0, shown).forEach((it) => list.appendChild(item(it)));
    $("f-count").textContent = `${hits.length} of ${data.items.length} prompts` +
      (hits.length > shown ? ` (showing ${shown})` : "");
    $("f-more").hidden = hits.length <= shown;
  }
  fill($("f-benchmark"), data.benchmarks);
  fill($("f-cwe"), data.cwes, (c) => "CWE-" + c);
  fill($("f-verdict"), data.verdicts);
  for (const id of ["f-benchmark", "f-cwe", "f-verdict"]) $(id).addEventListener("change", () => { shown = PAGE; render(); });
  $("f-search").addEventListener("input", () => { shown = PAGE; render(); });
  $("f-more").addEventListener("click", () => { shown += PAGE; render(); });
  render();
})();
