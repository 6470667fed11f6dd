// stdcompare web page: translator search (confirm / reject, TMX export), list upload with options, live
// progress and job history, statistics. Plain JS, no build step. The API key is kept in sessionStorage (this
// browser tab's session) and sent as "Authorization: Bearer KEY".
"use strict";

const KEY_STORE = "stdcompare.apiKey";
const STATES = { queued: "排队中 queued", running: "比对中 running", done: "完成 done", failed: "失败 failed" };
// The upload option that fixes a failed job (the server's error_option) -> the page's own field.
const OPTION_FIELDS = {
  text_column: ["opt-text-column", "条款文本列 Text column"],
  sheet: ["opt-sheet", "工作表 Sheet"],
  threshold: ["opt-threshold", "阈值 Threshold"],
  top_k: ["opt-top-k", "条数 Top-k"],
  max_rows: ["file", "清单 List: 拆分为较小的文件 split it into smaller files"],
  catalogue: ["opt-catalogue", "标准目录 Catalogue"],
};

const VERDICTS = {
  consistent: "一致 consistent", stricter: "严于 stricter", looser: "宽于 looser", different: "不同 different",
  missing_domestic: "国内缺项 missing domestic", missing_international: "国际缺项 missing international",
};
const SCORE_TITLE = "相似度 0–100，只用于比较同一条款的候选 similarity 0–100, to compare the candidates of one clause";
const NO_INDICATOR_BADGE = '<span class="verdict verdict-none" title="两段条文都没有读出关键技术指标，请阅读原文 ' +
  'no key indicator read in either clause: read the texts">无可比指标 no indicator</span>';
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

function apiKey() { return sessionStorage.getItem(KEY_STORE) || ""; }

function withKey(options) {
  const headers = new Headers((options && options.headers) || {});
  if (apiKey()) headers.set("Authorization", `Bearer ${apiKey()}`);
  return { ...(options || {}), headers };
}

async function request(path, options) {
  const response = await fetch(path, withKey(options));
  if (!response.ok) {
    const body = (response.headers.get("content-type") || "").includes("json") ? await response.json() : null;
    let message = body && body.error ? body.error.message : `HTTP ${response.status}`;
    if (response.status === 401 || response.status === 403) {
      message = `${message} — 请在页面顶部填写 API 密钥 enter the API key at the top of the page`;
    }
    const error = new Error(message);
    error.status = response.status;
    throw error;
  }
  return response;
}

async function api(path, options) {
  const response = await request(path, options);
  return (response.headers.get("content-type") || "").includes("json") ? response.json() : null;
}

// Fetch a file with the key and hand it to the browser as a download named `fallback` (or the server's name).
async function download(path, fallback, options) {
  const response = await request(path, options);
  const disposition = response.headers.get("content-disposition") || "";
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  const name = star ? decodeURIComponent(star[1]) : (plain ? plain[1] : fallback);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url; link.download = name; link.hidden = true;
  document.body.appendChild(link); link.click(); link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
  return name;
}

function showKeyState() {
  $("key-state").textContent = apiKey() ? "已设置 key set" : "未设置 no key";
  $("key-state").className = apiKey() ? "ok" : "muted";
}

function indicatorFragments(comparison, side) {
  const list = (comparison && comparison.indicators) || [];
  const fragments = list.map((i) => i[side] && i[side].text).filter(Boolean);
  fragments.fallback = !comparison || !comparison.indicators;
  return fragments;
}

// One side of an indicator pair as the workbook's Indicators sheet writes it: "≤0.2 mg/kg (as Pb)", "6.5–8.5",
// "(23 ± 2) ℃"; the words it was read from are marked in the texts above and shown on hover.
function reading(side) {
  if (!side) return "—";
  let text;
  if (Array.isArray(side.value)) text = `${side.value[0]}–${side.value[1]}`;
  else if (side.comparator === "tolerance") text = `(${side.value} ± ${side.tolerance})`;
  else text = ({ max: "≤", min: "≥", equal: "=" }[side.comparator] || "") + (side.value ?? "");
  text = `${text} ${side.unit || ""}`.trim();
  return side.basis ? `${text} (${side.basis})` : text;
}

function readingCell(side) {
  return `<td class="reading" title="${escapeHtml((side && side.text) || "")}">${escapeHtml(reading(side))}</td>`;
}

function renderPair(query, match, queryIsDomestic) {
  // With compare=true each match carries its verdict and indicator pairs (as `stdcompare match` writes them).
  const comparison = match.verdict ? match : null;
  const querySide = queryIsDomestic ? "domestic" : "international";
  const otherSide = queryIsDomestic ? "international" : "domestic";
  const rows = ((comparison && comparison.indicators) || []).map((i) =>
    `<tr><td>${escapeHtml(i.parameter || "")}</td>${readingCell(i.domestic)}${readingCell(i.international)}` +
    `<td title="${escapeHtml(i.reason || "")}">${verdictBadge(i.verdict)}</td></tr>`).join("");
  const div = document.createElement("div");
  div.className = "pair";
  div.innerHTML =
    `<div class="side query"><h3>原文 <small>Source</small></h3>` +
    `<div class="text">${highlight(query, indicatorFragments(comparison, querySide))}</div></div>` +
    `<div class="side counterpart"><h3>${escapeHtml(match.standard)} ${escapeHtml(match.clause)} ` +
    `<span class="score" title="${SCORE_TITLE}">${match.score.toFixed(1)}</span> ` +
    // two clauses with no key indicator read are not 'consistent': nothing was compared
    `${comparison && !rows ? NO_INDICATOR_BADGE : verdictBadge(comparison && comparison.verdict)} ` +
    `<button type="button" class="copy">复制 <small>Copy</small></button></h3>` +
    `<div class="review"><button type="button" class="confirm">确认 <small>Confirm</small></button>` +
    `<button type="button" class="reject">驳回 <small>Reject</small></button>` +
    `<span class="review-state" role="status">${match.confirmed ? "已确认 confirmed" : ""}</span></div>` +
    `<div class="text">${highlight(match.text, indicatorFragments(comparison, otherSide))}</div></div>` +
    (rows ? `<table class="indicators"><tr><th>指标 Indicator</th><th>国内 Domestic</th><th>国际 International</th>` +
            `<th>结论 Verdict</th></tr>${rows}</table>` : "");
  div.querySelector(".copy").addEventListener("click", (e) => copyText(match.text, e.currentTarget));
  if (match.confirmed) div.classList.add("confirmed");
  div.querySelector(".confirm").addEventListener("click", () => review(div, query, match, "confirmed"));
  div.querySelector(".reject").addEventListener("click", () => review(div, query, match, "rejected"));
  return div;
}

async function review(div, query, match, decision) {
  const state = div.querySelector(".review-state");
  state.textContent = "保存中… Saving…";
  state.className = "review-state";
  try {
    await api("/v1/reviews/text", {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text: query, standard: match.standard, clause: match.clause, decision }),
    });
    div.classList.toggle("confirmed", decision === "confirmed");
    div.classList.toggle("rejected", decision === "rejected");
    state.textContent = decision === "confirmed" ? "已确认 confirmed" : "已驳回 rejected (不再显示 left out of later searches)";
    // a TMX downloaded before this decision does not hold it: say so rather than leave "downloaded" standing
    if ($("tmx-status").dataset.downloaded) {
      delete $("tmx-status").dataset.downloaded;
      $("tmx-status").textContent = "审核有变，已下载的 TMX 未包含：请重新导出 Reviews changed since the download: export again";
    }
  } catch (err) {
    state.textContent = `错误 Error: ${err.message}`;
    state.className = "review-state error";
  }
}

async function exportTmx() {
  $("tmx-status").textContent = "导出中… Exporting…";
  try {
    const name = await download("/v1/export.tmx", "stdcompare.tmx");
    $("tmx-status").textContent = `已下载 downloaded ${name}`;
    $("tmx-status").dataset.downloaded = name;
  } catch (err) {
    $("tmx-status").textContent = `错误 Error: ${err.message}`;
  }
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

function jobOptions(job) {
  const o = job.options || {};
  const parts = [];
  if (o.sheet) parts.push(`工作表 sheet: ${o.sheet}`);
  if (o.text_column) parts.push(`文本列 text column: ${o.text_column}`);
  if (o.threshold != null) parts.push(`阈值 threshold: ${o.threshold}`);
  if (o.top_k != null) parts.push(`条数 top-k: ${o.top_k}`);
  if (o.catalogue) parts.push(`标准目录 catalogue: ${o.catalogue}`);
  return parts.join("; ") || "默认 defaults";
}

// A failed job's message, with the page field that fixes it (never a command-line flag).
function jobFailure(job) {
  const field = OPTION_FIELDS[job.error_option];
  return `失败 Failed (${job.filename}): ${job.error}` + (field ? ` — 请检查 check: ${field[1]}` : "");
}

// Where a job stands, the same on the progress line and in the job history: before the first row is matched,
// the rows the encoder got through (a list's first 1,000 rows come out together), then the rows matched.
function jobProgress(job) {
  const encoding = job.state === "running" && !job.rows_done && job.rows_encoded > 0;
  return {
    shown: encoding ? job.rows_encoded : job.rows_done,
    stage: encoding ? "编码中 encoding" : (STATES[job.state] || job.state),
  };
}

function jobRows(job) {
  const { shown } = jobProgress(job);
  return job.rows_total ? `${shown} / ${job.rows_total}` : `${shown}`;
}

function showJob(job) {
  const total = job.rows_total || 0;
  $("bar").max = Math.max(total, 1);
  const { shown, stage } = jobProgress(job);
  $("bar").value = job.state === "done" ? $("bar").max : Math.min(shown, total);
  const speed = job.rows_per_s ? `, ${job.rows_per_s} 行/秒 rows/s` : "";
  $("progress-text").textContent =
    `${job.filename}: ${shown} / ${total || "?"} 行 rows${speed} — ${stage}`;
  // the job's row in the history moves with it (the history itself is read again when the job ends)
  const row = document.querySelector(`#jobs tbody tr[data-job="${CSS.escape(String(job.id))}"]`);
  if (row) {
    row.className = `job job-${job.state}`;
    row.querySelector(".state").textContent = stage;
    row.querySelector(".rows").textContent = jobRows(job);
  }
  if (job.state === "done") {
    $("download").dataset.job = job.id;
    $("download").hidden = false;
    $("report").dataset.job = job.id;
    $("report").hidden = false;
  }
  if (job.state === "failed") {
    $("job-error").textContent = jobFailure(job);
    $("job-error").hidden = false;
    const field = OPTION_FIELDS[job.error_option];
    if (field) $(field[0]).classList.add("invalid");
  }
}

async function upload(event) {
  event.preventDefault();
  const file = $("file").files[0];
  const form = new FormData();
  form.append("file", file);
  const fields = { sheet: "opt-sheet", text_column: "opt-text-column", threshold: "opt-threshold", top_k: "opt-top-k" };
  for (const [name, id] of Object.entries(fields)) {
    $(id).classList.remove("invalid");
    if ($(id).value.trim()) form.append(name, $(id).value.trim());
  }
  // a domestic catalogue: for a list of whole standards, the adoptions it states come first
  $("opt-catalogue").classList.remove("invalid");
  if ($("opt-catalogue").files[0]) form.append("catalogue", $("opt-catalogue").files[0]);
  $("job").hidden = false; $("download").hidden = true; $("report").hidden = true; $("job-error").hidden = true;
  $("progress-text").textContent = `${file.name}: 上传中… uploading…`;
  try {
    let job = await api("/v1/jobs", { method: "POST", body: form });
    showJob(job);
    loadJobs();
    while (job.state === "queued" || job.state === "running") {
      await new Promise((r) => setTimeout(r, 400));
      job = await api(`/v1/jobs/${job.id}`);
      showJob(job);
    }
  } catch (err) {
    $("job-error").textContent = `上传被拒 Upload refused (${file.name}): ${err.message}`;
    $("job-error").hidden = false;
    $("progress-text").textContent = "";
  }
  loadJobs();
}

async function downloadResult(jobId, button) {
  try {
    button.dataset.downloaded = await download(`/v1/jobs/${jobId}/result`, "result.xlsx");
  } catch (err) {
    $("jobs-status").textContent = `错误 Error: ${err.message}`;
  }
}

async function downloadReport(jobId, button) {
  try {
    button.dataset.downloaded = await download(`/v1/jobs/${jobId}/report`, "report.docx");
  } catch (err) {
    $("jobs-status").textContent = `错误 Error: ${err.message}`;
  }
}

// A reviewed result workbook read back into the store (as `stdcompare review` does), and its report.
async function readReview(event) {
  event.preventDefault();
  const file = $("review-file").files[0];
  const form = new FormData();
  form.append("file", file);
  $("review-problems").innerHTML = "";
  $("review-status").textContent = `${file.name}: 读回中… reading…`;
  try {
    const r = await api("/v1/reviews/workbook", { method: "POST", body: form });
    $("review-status").textContent = `${file.name}: 确认 ${r.confirmed} confirmed，驳回 ${r.rejected} rejected，` +
      `待定 ${r.pending} pending — 已存入比对库 stored` +
      (r.problems.length ? `；${r.problems.length} 行未读回 rows not read back:` : "");
    for (const problem of r.problems) {
      const item = document.createElement("li");
      item.textContent = problem;
      $("review-problems").appendChild(item);
    }
  } catch (err) {
    $("review-status").textContent = `读回被拒 Refused (${file.name}): ${err.message}`;
  }
}

async function reviewedReport() {
  const file = $("review-file").files[0];
  if (!file) {
    $("review-report-status").textContent = "请先选择审核后的结果 Choose the reviewed result first";
    return;
  }
  const form = new FormData();
  form.append("workbook", file);
  try {
    $("review-report").dataset.downloaded = await download("/v1/report", "report.docx", { method: "POST", body: form });
    $("review-report-status").textContent = `${file.name}: 报告已下载 report downloaded`;
  } catch (err) {
    $("review-report-status").textContent = `错误 Error (${file.name}): ${err.message}`;
  }
}

async function loadJobs() {
  const body = $("jobs").querySelector("tbody");
  if (!apiKey()) {
    body.innerHTML = "";
    $("jobs-status").textContent = "任务属于上传它的密钥：请先填写 API 密钥 Jobs belong to the key that uploaded them: enter the API key";
    return;
  }
  try {
    const jobs = await api("/v1/jobs");
    $("jobs-status").textContent = jobs.length ? "" : "还没有任务 No jobs yet";
    body.innerHTML = "";
    for (const job of jobs) {
      const tr = document.createElement("tr");
      tr.className = `job job-${job.state}`;
      tr.dataset.job = job.id;
      tr.innerHTML = `<td>${escapeHtml(job.filename)}</td><td class="state">${escapeHtml(jobProgress(job).stage)}</td>` +
        `<td class="rows">${escapeHtml(jobRows(job))}</td><td>${escapeHtml(jobOptions(job))}</td>` +
        `<td>${escapeHtml(new Date(job.created * 1000).toLocaleString("zh-CN"))}</td><td class="act"></td>`;
      const act = tr.querySelector(".act");
      if (job.download) {
        const button = document.createElement("button");
        button.type = "button"; button.className = "get";
        button.innerHTML = "下载 <small>Download</small>";
        button.addEventListener("click", () => downloadResult(job.id, button));
        act.appendChild(button);
        const report = document.createElement("button");
        report.type = "button"; report.className = "get report";
        report.innerHTML = "报告 <small>Report</small>";
        report.addEventListener("click", () => downloadReport(job.id, report));
        act.appendChild(report);
      } else if (job.state === "failed") {
        act.className = "act error";
        act.textContent = jobFailure(job);
      }
      body.appendChild(tr);
    }
  } catch (err) {
    $("jobs-status").textContent = `错误 Error: ${err.message}`;
  }
}

const STAT_LABELS = [
  ["国内标准 domestic standards", (s) => s.standards.domestic],
  ["国际标准 international standards", (s) => s.standards.international],
  ["国内条款 domestic clauses", (s) => s.clauses.domestic],
  ["国际条款 international clauses", (s) => s.clauses.international],
  ["已确认对应 confirmed pairs", (s) => s.confirmed_pairs],
  ["已驳回 rejected pairs", (s) => s.reviews.rejected],
  // a share of indicators, with no target: only the adoption rate is set beside the Outline's 85 %
  ["已确认对应中达到国际水平的指标 indicators of confirmed pairs at the international level (%)",
    (s) => s.consistency ? (100 * s.consistency.at_international_level).toFixed(1) : "—"],
  ["采标率 adoption rate (%)", (s) => s.adoption && s.adoption.adoption_rate != null ? s.adoption.adoption_rate
    : "由标准目录计算 computed from two catalogues (stdcompare adoption, POST /v1/adoption)"],
  ["采标率目标 adoption-rate target (%)", (s) => s.target.adoption_rate],
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
  if (name === "upload") loadJobs();
}

function saveKey(event) {
  event.preventDefault();
  const key = $("api-key").value.trim();
  if (key) sessionStorage.setItem(KEY_STORE, key); else sessionStorage.removeItem(KEY_STORE);
  $("api-key").value = "";
  showKeyState();
  loadJobs();
}

for (const tab of document.querySelectorAll(".tab")) tab.addEventListener("click", () => showTab(tab.dataset.tab));
$("search-form").addEventListener("submit", search);
$("upload-form").addEventListener("submit", upload);
$("review-form").addEventListener("submit", readReview);
$("review-report").addEventListener("click", reviewedReport);
$("stats-refresh").addEventListener("click", loadStats);
$("key-form").addEventListener("submit", saveKey);
$("key-clear").addEventListener("click", () => { sessionStorage.removeItem(KEY_STORE); showKeyState(); loadJobs(); });
$("tmx-btn").addEventListener("click", exportTmx);
$("jobs-refresh").addEventListener("click", loadJobs);
$("download").addEventListener("click", (e) => downloadResult(e.currentTarget.dataset.job, e.currentTarget));
$("report").addEventListener("click", (e) => downloadReport(e.currentTarget.dataset.job, e.currentTarget));
showKeyState();
