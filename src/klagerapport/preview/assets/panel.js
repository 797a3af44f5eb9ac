// The preview page: swaps the report in place after each render (scroll position kept),
// lists problems and values. Everything that comes from data or commentary is set with
// textContent, never as HTML.
"use strict";

const frame = document.getElementById("rapport");
const shown = { html: null, values: null };
let polling = null;
let busy = Promise.resolve();

function el(tag, cls, text) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

async function getJSON(url) {
  const response = await fetch(url, { cache: "no-store" });
  if (!response.ok) throw new Error(url + ": " + response.status);
  return response.json();
}

async function swapReport(version) {
  const response = await fetch("rapport.html?v=" + version, { cache: "no-store" });
  const text = await response.text();
  const doc = frame.contentDocument;
  if (!doc || !doc.body) return loadReport(version);
  const next = new DOMParser().parseFromString(text, "text/html");
  const win = frame.contentWindow;
  const x = win.scrollX, y = win.scrollY;
  if (doc.head.innerHTML !== next.head.innerHTML) {
    doc.head.replaceWith(doc.adoptNode(next.head));
  }
  doc.body.replaceWith(doc.adoptNode(next.body));
  win.scrollTo(x, y);
}

function loadReport(version) {
  return new Promise((resolve) => {
    frame.addEventListener("load", resolve, { once: true });
    frame.src = "rapport.html?v=" + version;
  });
}

function showError(error) {
  const box = document.getElementById("feil");
  box.hidden = !error;
  if (!error) return;
  const where = error.file ? error.file + (error.line ? ":" + error.line : "") : "";
  document.getElementById("feil-sted").textContent = where;
  document.getElementById("feil-melding").textContent = error.message;
}

function reveal(id) {
  const doc = frame.contentDocument;
  const target = doc && doc.getElementById(id);
  if (target) target.scrollIntoView({ block: "center" });
}

function showProblems(state) {
  const list = document.getElementById("problemer");
  list.replaceChildren();
  for (const f of state.findings) {
    const item = el("li", f.severity === "error" ? "feil" : "advarsel");
    item.dataset.target = f.id;
    item.append(el("span", "sted", f.where), " ", el("span", "melding", f.message));
    if (f.suggestion) item.append(el("span", "forslag", "→ " + f.suggestion));
    item.addEventListener("click", () => reveal(f.id));
    list.append(item);
  }
  const warnings = document.getElementById("advarsler");
  warnings.replaceChildren(...state.warnings.map((w) => el("li", "advarsel", w)));
  const n = state.findings.length + state.warnings.length;
  document.getElementById("antall-problemer").textContent = "(" + n + ")";
}

function copy(text) {
  const done = () => { document.getElementById("kopiert").textContent = "Kopiert: " + text; };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text).then(done, () => fallbackCopy(text, done));
  } else {
    fallbackCopy(text, done);
  }
}

function fallbackCopy(text, done) {
  const area = el("textarea");
  area.value = text;
  document.body.append(area);
  area.select();
  try { document.execCommand("copy"); done(); } finally { area.remove(); }
}

function rawText(raw) {
  if (raw === null || raw === undefined) return "";
  return typeof raw === "string" ? raw : JSON.stringify(raw);
}

function showValues(data) {
  const box = document.getElementById("verdier");
  box.replaceChildren();
  const groups = new Map();
  for (const v of data.values) {
    if (!groups.has(v.section)) groups.set(v.section, []);
    groups.get(v.section).push(v);
  }
  for (const [section, rows] of groups) {
    const details = el("details");
    details.open = true;
    details.dataset.section = section;
    details.append(el("summary", null, section + " (" + rows.length + ")"));
    const table = el("table", "verdier");
    for (const v of rows) {
      const tr = el("tr");
      tr.tabIndex = 0;
      tr.dataset.key = v.key;
      tr.dataset.search = (v.key + " " + v.text + " " + rawText(v.raw)).toLowerCase();
      tr.title = "Kopier {{< var " + v.key + " >}}";
      const keyCell = el("td");
      keyCell.append(el("div", "nokkel", v.key), el("div", "raa", rawText(v.raw)));
      tr.append(keyCell, el("td", "tekst", v.text));
      const placeholder = "{{< var " + v.key + " >}}";
      tr.addEventListener("click", () => copy(placeholder));
      tr.addEventListener("keydown", (e) => { if (e.key === "Enter") copy(placeholder); });
      table.append(tr);
    }
    details.append(table);
    box.append(details);
  }
  document.getElementById("antall-verdier").textContent = "(" + data.values.length + ")";
  filter();
}

function filter() {
  const query = document.getElementById("sok").value.trim().toLowerCase();
  for (const details of document.querySelectorAll("#verdier details")) {
    let any = false;
    for (const tr of details.querySelectorAll("tr")) {
      const hit = !query || tr.dataset.search.includes(query);
      tr.hidden = !hit;
      any = any || hit;
    }
    details.hidden = !any;
  }
}

async function update() {
  const state = await getJSON("_preview/state");
  document.getElementById("tittel").textContent =
    "Forhåndsvisning: " + state.district + " " + state.year;
  if (state.values_version !== shown.values) {
    showValues(await getJSON("_preview/values"));
    shown.values = state.values_version;
  }
  if (state.html_version !== shown.html) {
    if (shown.html === null) await loadReport(state.html_version);
    else await swapReport(state.html_version);
    shown.html = state.html_version;
  }
  showError(state.error);
  showProblems(state);
  const status = document.getElementById("status");
  const time = new Date().toLocaleTimeString("nb-NO");
  status.className = state.error ? "feil" : "";
  status.textContent = (state.error ? "Feil i siste lagring" : "Oppdatert") + " kl. " + time +
    " (" + String(state.seconds).replace(".", ",") + " s)";
  document.documentElement.dataset.version = String(state.version);
  document.documentElement.dataset.htmlVersion = String(state.html_version);
}

function schedule() {
  busy = busy.then(update).catch((err) => {
    document.getElementById("status").textContent = "Mistet kontakten: " + err.message;
  });
}

function connect() {
  const events = new EventSource("_preview/events");
  events.addEventListener("render", schedule);
  events.addEventListener("open", () => {
    if (polling) { clearInterval(polling); polling = null; }
  });
  events.addEventListener("error", () => {
    if (!polling) polling = setInterval(schedule, 1000);
  });
}

document.getElementById("sok").addEventListener("input", filter);
connect();
