// stdcompare web page: translator search, list upload with live progress, statistics. Plain JS, no build step.
"use strict";

const VERDICTS = {
  consistent: "一致 consistent", stricter: "严于 stricter", looser: "宽于 looser", different: "不同 different",
  missing_domestic: "国内缺 missing domestic", missing_international: "国际缺 missing international",
};
// Used only when the server has no indicator comparison: numbers with a unit, so values stand out.
const VALUE_WITH_UNIT = /(?:[≤≥<>±]\s*)?\d+(?:[.,]\d+)?\s*(?:mg\/kg|mg\/L|µg\/kg|μg\/kg|g\/kg|mg|kg|mm|cm|m|%|℃|°C|V|A|W|Hz|min|h|s)(?![A-Za-z])/g;

const $ = (id) => document.getElementById(id);

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}

// Wrap each given fragment of `text` in <mark>; fragments come from the indicator comparison.
function highlight(text, fragments) {
  const spans = [];
  for (const frag of fragments) {
    if (!frag) continue;
    let at = text.indexOf(frag);
    while (at >= 0) { spans.push([at, at + frag.length]); at = text.indexOf(frag, at + frag.length); }
  }
  if (!spans.length && fragments.fallback) {
    for (const m of text.matchAll(VALUE_WITH_UNIT)) spans.push([m.index, m.index + m[0].length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  let out = "", pos = 0;
  for (const [start, end] of spans) {
    if (start < pos) continue;
    out += escapeHtml(text.slice(pos, start)) + '<mark class="ind">' + escapeHtml(text.slice(start, end)) + "</mark>";
    pos = end;
  }
  return out + escapeHtml(text.slice(pos));
}

function verdictBadge(verdict) {
  const label = verdict ? (VERDICTS[verdict] || verdict) : "未比对 not compared";
  return `<span class="verdict verdict-${escapeHtml(verdict || "none")}">${escapeHtml(label)}</span>`;
}

async function copyText(text, button) {
  try {
    await navigator.clipboard.writeText(text);
  } catch (err) {
    // Older browsers, or a page not in a secure context: fall back to a hidden text area.
    const area = document.createElement("textarea");
    area.value = text; document.body.appendChild(area); area.select();
    document.execCommand("copy"); area.remove();
  }
  button.dataset.copied = text;
  button.textContent = "已复制 Copied";
}

async function api(path, options) {
  const response = await fetch(path, options);
  const body = (response.headers.get("content-type") || "").includes("json") ? await response.json() : null;
  if (!response.ok) {
    throw new Error(body && body.error ? body.error.message : `HTTP ${response.status}`);
  }
  return body;
}

function indicatorFragments(comparison, side) {
  const list = (comparison && comparison.indicators) || [];
  const fragments = list.map((i) => i[side] && i[side].text).filter(Boolean);
  fragments.fallback = !comparison || !comparison.indicators;
  return fragments;
}

function renderPair(query, match, queryIsDomestic) {
  // With compare=true each match carries its verdict and indicator pairs (as `stdcompare match` writes them).
  const comparison = match.verdict ? match : null;
  const querySide = queryIsDomestic ? "domestic" : "international";
  const otherSide = queryIsDomestic ? "international" : "domestic";
  const rows = ((comparison && comparison.indicators) || []).map((i) =>
    `<tr><td>${escapeHtml(i.parameter || "")}</td><td>${escapeHtml((i.domestic && i.domestic.text) || "—")}</td>` +
    `<td>${escapeHtml((i.international && i.international.text) || "—")}</td><td>${verdictBadge(i.verdict)}</td></tr>`).join("");
  const div = document.createElement("div");
  div.className = "pair";
  div.innerHTML =
    `<div class="side query"><h3>原文 <small>Source</small></h3>` +
    `<div class="text">${highlight(query, indicatorFragments(comparison, querySide))}</div></div>` +
    `<div class="side counterpart"><h3>${escapeHtml(match.standard)} ${escapeHtml(match.clause)} ` +
    `<span class="score" title="相似度 similarity">${match.score.toFixed(1)}</span> ` +
    `${verdictBadge(comparison && comparison.verdict)} ` +
    `<button type="button" class="copy">复制 <small>Copy</small></button></h3>` +
    `<div class="text">${highlight(match.text, indicatorFragments(comparison, otherSide))}</div></div>` +
    (rows ? `<table class="indicators"><tr><th>指标 Indicator</th><th>国内 Domestic</th><th>国际 International</th>` +
            `<th>结论 Verdict</th></tr>${rows}</table>` : "");
  div.querySelector(".copy").addEventListener("click", (e) => copyText(match.text, e.currentTarget));
  return div;
}

async function search(event) {
  event.preventDefault();
  const params = new URLSearchParams({ q: $("q").value, top_k: $("top_k").value, min_score: $("min_score").value,
                                       compare: "true" });
  for (const name of ["side", "body", "standard"]) if ($(name).value.trim()) params.set(name, $(name).value.trim());
  $("search-status").textContent = "检索中… Searching…";
  $("results").innerHTML = "";
  try {
    const result = await api(`/v1/search?${params}`);
    const queryIsDomestic = result.target_side === "international";
    for (const match of result.matches) $("results").appendChild(renderPair(result.text, match, queryIsDomestic));
    $("search-status").textContent = result.matches.length
      ? `${result.matches.length} 条对应条款 counterparts (${result.target_side})`
      : "没有找到对应条款 No counterpart found";
  } catch (err) {
    $("search-status").textContent = `错误 Error: ${err.message}`;
  }
}

function showJob(job) {
  const total = job.rows_total || 0;
  $("bar").max = Math.max(total, 1);
  $("bar").value = job.state === "done" ? $("bar").max : Math.min(job.rows_done, total);
  const speed = job.rows_per_s ? `, ${job.rows_per_s} 行/秒 rows/s` : "";
  $("progress-text").textContent = `${job.rows_done} / ${total || "?"} 行 rows${speed} — ${job.state}`;
  if (job.state === "done") {
    $("download").href = `/v1/jobs/${job.id}/result`;
    $("download").hidden = false;
  }
  if (job.state === "failed") {
    $("job-error").textContent = `失败 Failed: ${job.error}`;
    $("job-error").hidden = false;
  }
}

async function upload(event) {
  event.preventDefault();
  const form = new FormData();
  form.append("file", $("file").files[0]);
  $("job").hidden = false; $("download").hidden = true; $("job-error").hidden = true;
  try {
    let job = await api("/v1/jobs", { method: "POST", body: form });
    showJob(job);
    while (job.state === "queued" || job.state === "running") {
      await new Promise((r) => setTimeout(r, 400));
      job = await api(`/v1/jobs/${job.id}`);
      showJob(job);
    }
  } catch (err) {
    $("job-error").textContent = `错误 Error: ${err.message}`;
    $("job-error").hidden = false;
  }
}

const STAT_LABELS = [
  ["国内标准 domestic standards", (s) => s.standards.domestic],
  ["国际标准 international standards", (s) => s.standards.international],
  ["国内条款 domestic clauses", (s) => s.clauses.domestic],
  ["国际条款 international clauses", (s) => s.clauses.international],
  ["已确认对应 confirmed pairs", (s) => s.confirmed_pairs],
  ["已驳回 rejected pairs", (s) => s.reviews.rejected],
  ["达到国际水平 at international level (%)",
    (s) => s.consistency ? (100 * s.consistency.at_international_level).toFixed(1) : "—"],
  ["采标率 adoption rate (%)", (s) => s.adoption && s.adoption.adoption_rate != null ? s.adoption.adoption_rate : "—"],
  ["目标 target (%)", (s) => s.target.adoption_rate],
  ["完成的任务 jobs done", (s) => s.jobs.done],
  ["失败的任务 jobs failed", (s) => s.jobs.failed],
];

async function loadStats() {
  const body = $("stats").querySelector("tbody");
  try {
    const stats = await api("/v1/statistics");
    body.innerHTML = STAT_LABELS.map(([label, get]) =>
      `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(String(get(stats) ?? "—"))}</td></tr>`).join("");
  } catch (err) {
    body.innerHTML = `<tr><td class="error">错误 Error: ${escapeHtml(err.message)}</td></tr>`;
  }
}

function showTab(name) {
  for (const tab of document.querySelectorAll(".tab")) tab.classList.toggle("active", tab.dataset.tab === name);
  for (const panel of document.querySelectorAll(".panel")) panel.hidden = panel.id !== `panel-${name}`;
  if (name === "stats") loadStats();
}

for (const tab of document.querySelectorAll(".tab")) tab.addEventListener("click", () => showTab(tab.dataset.tab));
$("search-form").addEventListener("submit", search);
$("upload-form").addEventListener("submit", upload);
$("stats-refresh").addEventListener("click", loadStats);
