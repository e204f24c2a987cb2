#include "report/html_assets.h"

namespace parley::report {

const char* const kHtmlStyle = R"CSS(
:root { --hold: #0072b2; --hold-bg: #d7e9f6; --against: #d55e00; --against-bg: #fbe0cc;
  --conflict-bg: repeating-linear-gradient(135deg, #fbe0cc 0 6px, #f3c3a0 6px 9px);
  --differ: #b8860b; --muted: #5f6368; --line: #d0d4d9; --condition: #aa4499; }
* { box-sizing: border-box; }
body { font: 16px/1.5 "Liberation Sans", Arial, Helvetica, sans-serif; color: #1d1d1f;
  margin: 0; background: #fff; }
header, main, footer { max-width: 78rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1.25rem; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
h2 { font-size: 1.35rem; margin: 2.25rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid #1d1d1f; }
h3 { font-size: 1.05rem; margin: 0 0 .5rem; }
h4 { font-size: .95rem; margin: 0 0 .25rem; }
.lede { color: var(--muted); margin: 0 0 .75rem; }
nav ul { list-style: none; padding: 0; margin: .5rem 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
a { color: #005a8c; }
dl.summary { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dl.summary dt { font-weight: bold; }
dl.summary dd { margin: 0; }
#filters { display: flex; flex-wrap: wrap; align-items: end; gap: .5rem 1rem; padding: .75rem;
  margin: .75rem 0; background: #f3f5f7; border: 1px solid var(--line); border-radius: 6px; }
#filters[hidden] { display: none; }
#filters label { display: flex; flex-direction: column; font-size: .85rem; font-weight: bold; }
#filters select, #filters input { font: inherit; padding: .2rem .35rem; min-width: 9rem; }
#filters input[aria-invalid="true"] { outline: 2px solid var(--against); }
#filter-status { font-size: .9rem; color: var(--muted); }
figure { margin: 0; }
.graph-view { overflow: auto; border: 1px solid var(--line); border-radius: 6px; padding: .5rem; }
.graph-view svg { max-width: 100%; height: auto; display: block; margin: 0 auto; }
.graph-view svg .dim { opacity: .12; }
figcaption { font-size: .9rem; color: var(--muted); margin-top: .5rem; }
.legend { list-style: none; padding: 0; margin: .25rem 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
.key { display: inline-block; width: 2.2rem; height: 0; vertical-align: middle; margin-right: .35rem;
  border-top: 2px solid var(--hold); }
.key.against { border-top-color: var(--against); }
.key.conflict { border-top: 2px dashed var(--against); }
.key.condition { border-top: 2px dotted var(--condition); }
.key.member { border-top-color: #777; }
.finding { border: 1px solid var(--line); border-left: 6px solid var(--muted); border-radius: 6px;
  padding: .75rem 1rem; margin: 0 0 1rem; break-inside: avoid; }
.finding.conflict { border-left: 6px double var(--against); }
.finding.differ { border-left: 6px dotted var(--differ); }
.sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: .75rem 1.5rem; }
ul.holdings, ul.plain { padding-left: 1.1rem; margin: .25rem 0; }
.stance { font-weight: bold; }
.stance.hold { color: var(--hold); }
.stance.hold::before { content: "✓ "; }
.stance.against { color: var(--against); }
.stance.against::before { content: "✗ "; }
.attributes { color: var(--muted); }
mark { background: #ffe58f; color: inherit; padding: 0 .15em; }
ol.evidence { list-style: none; padding-left: .5rem; margin: .25rem 0 .5rem; font-size: .92rem;
  border-left: 3px solid var(--line); }
ol.evidence li { margin: .2rem 0 .2rem .5rem; }
ol.evidence li.cited { display: inline-block; margin: 0 0 0 .5rem; }
ol.evidence li.cited[hidden] { display: none; }
ol.evidence li.cited q, ol.evidence li.cited time, ol.evidence li.cited .claim { display: none; }
cite { font-style: normal; font-family: "Liberation Mono", "DejaVu Sans Mono", monospace; font-size: .85em;
  background: #f3f5f7; padding: 0 .25em; border-radius: 3px; }
time { color: var(--muted); }
q { quotes: "“" "”"; }
.none { color: var(--muted); font-style: italic; }
.table-scroll { overflow-x: auto; }
table { border-collapse: collapse; margin: .5rem 0; font-size: .92rem; }
caption { text-align: left; color: var(--muted); padding-bottom: .35rem; caption-side: top; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; vertical-align: top; text-align: left; }
thead th { background: #f3f5f7; }
td.cell-hold { background: var(--hold-bg); }
td.cell-reject { background: var(--against-bg); }
td.cell-conflict { background: var(--conflict-bg); box-shadow: inset 0 0 0 2px var(--against); }
td.cell-none { background: #fafafa; }
td ul { list-style: none; padding: 0; margin: 0; }
.versus { display: block; font-size: .82rem; font-weight: bold; color: #8a3300; }
.versus::before { content: "⚔ "; }
.swatch { display: inline-block; width: 1.1rem; height: 1.1rem; vertical-align: middle; margin-right: .35rem;
  border: 1px solid var(--line); }
.swatch.cell-hold { background: var(--hold-bg); }
.swatch.cell-reject { background: var(--against-bg); }
.swatch.cell-conflict { background: var(--conflict-bg); border: 2px solid var(--against); }
.swatch.cell-none { background: #fafafa; }
#brokers-table { min-width: 26rem; }
#agreement-heatmap td { text-align: center; min-width: 3.5rem; font-variant-numeric: tabular-nums; }
#agreement-heatmap td.self { background: #eee; }
.scale { display: inline-block; width: 12rem; height: .9rem; vertical-align: middle; border: 1px solid var(--line);
  background: linear-gradient(90deg, #d55e00, #ffffff, #0072b2); margin: 0 .35rem; }
.bar { display: inline-block; height: .8rem; background: var(--hold); vertical-align: middle; margin-right: .4rem; }
#timeline td { min-width: 8rem; font-size: .85rem; }
#timeline td.shift { box-shadow: inset 0 0 0 3px var(--differ); }
.shift-mark { display: block; font-weight: bold; color: #7a5a00; }
.shift-mark::before { content: "↻ "; }
footer { color: var(--muted); font-size: .85rem; padding-bottom: 2rem; margin-top: 2rem; }
@media print {
  body { font-size: 11pt; }
  nav, #filters { display: none !important; }
  header, main, footer { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  .graph-view { overflow: visible; border: 0; }
  .table-scroll { overflow: visible; }
  td, .swatch, .key, mark, .finding { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
)CSS";

const char* const kHtmlScript = R"JS(
(function () {
  'use strict';
  var form = document.getElementById('filters');
  if (!form) return;
  var actor = document.getElementById('filter-actor');
  var topic = document.getElementById('filter-topic');
  var from = document.getElementById('filter-from');
  var to = document.getElementById('filter-to');
  var status = document.getElementById('filter-status');
  var datePattern = /^\d{4}(-\d{2}(-\d{2})?)?$/;
  var MAX_QUOTED = 3;  // kHtmlMaxQuoted in report/html_text.h

  function words(el, name) {
    var value = el.getAttribute(name);
    return value ? value.split(' ') : [];
  }
  // A partial date covers its whole month or year: "2025-05" runs from
  // 2025-05-00 to 2025-05-99 as text, which orders right against full dates.
  function start(date) { return (date + '-00-00').slice(0, 10); }
  function end(date) { return (date + '-99-99').slice(0, 10); }
  function inRange(date, first, last) {
    if (!first && !last) return true;
    if (!date) return false;  // undated claims take part only without a range
    return (!first || end(date) >= start(first)) && (!last || start(date) <= end(last));
  }
  function hide(el, hidden) {
    if (hidden) el.setAttribute('hidden', ''); else el.removeAttribute('hidden');
  }
  function dateValue(input) {
    var value = input.value.trim();
    var ok = value === '' || datePattern.test(value);
    input.setAttribute('aria-invalid', ok ? 'false' : 'true');
    return ok ? value : '';
  }
  function has(select, value) {
    for (var i = 0; i < select.options.length; i++) if (select.options[i].value === value) return true;
    return false;
  }

  function apply() {
    var a = actor.value, t = topic.value, f = dateValue(from), l = dateValue(to);
    document.querySelectorAll('[data-date]').forEach(function (el) {
      hide(el, !inRange(el.getAttribute('data-date'), f, l));
    });
    // In each evidence list, the first items within the dates are quoted and
    // the rest cited by reference, as the page does without a filter.
    document.querySelectorAll('ol.evidence').forEach(function (list) {
      var quoted = 0;
      list.querySelectorAll('li[data-date]').forEach(function (item) {
        var quote = !item.hasAttribute('hidden') && quoted < MAX_QUOTED;
        if (quote) quoted++;
        item.classList.toggle('cited', !quote);
      });
    });
    var shown = 0, total = 0;
    document.querySelectorAll('.finding').forEach(function (el) {
      var out = (a && words(el, 'data-actors').indexOf(a) < 0) ||
                (t && words(el, 'data-topics').indexOf(t) < 0);
      var items = el.querySelectorAll('li[data-date]');
      if (!out && items.length) {
        out = true;
        items.forEach(function (item) { if (!item.hasAttribute('hidden')) out = false; });
      }
      hide(el, out);
      total++;
      if (!out) shown++;
    });
    document.querySelectorAll('tr[data-actor]').forEach(function (row) {
      hide(row, a && row.getAttribute('data-actor') !== a);
    });
    document.querySelectorAll('[data-topic]').forEach(function (cell) {
      hide(cell, t && cell.getAttribute('data-topic') !== t);
    });
    document.querySelectorAll('svg .node, svg .edge').forEach(function (el) {
      var dim = (a && !el.classList.contains('a-' + a)) || (t && !el.classList.contains('t-' + t));
      el.classList.toggle('dim', !!dim);
    });
    document.querySelectorAll('section').forEach(function (section) {
      var note = section.querySelector('.no-match');
      if (!note) return;
      var findings = section.querySelectorAll('.finding');
      var any = false;
      findings.forEach(function (el) { if (!el.hasAttribute('hidden')) any = true; });
      hide(note, any || findings.length === 0);
    });
    status.textContent = (a || t || f || l)
        ? 'Showing ' + shown + ' of ' + total + ' findings.' : 'Showing all ' + total + ' findings.';
    var parts = [];
    if (a) parts.push('actor=' + encodeURIComponent(a));
    if (t) parts.push('topic=' + encodeURIComponent(t));
    if (f) parts.push('from=' + encodeURIComponent(f));
    if (l) parts.push('to=' + encodeURIComponent(l));
    var hash = parts.length ? '#' + parts.join('&') : '';
    if (window.location.hash !== hash && history.replaceState)
      history.replaceState(null, '', hash || window.location.pathname + window.location.search);
  }

  function readHash() {
    window.location.hash.replace(/^#/, '').split('&').forEach(function (part) {
      var eq = part.indexOf('=');
      if (eq < 0) return;
      var key = part.slice(0, eq), value;
      try { value = decodeURIComponent(part.slice(eq + 1)); } catch (e) { return; }
      if (key === 'actor' && has(actor, value)) actor.value = value;
      if (key === 'topic' && has(topic, value)) topic.value = value;
      if (key === 'from') from.value = value;
      if (key === 'to') to.value = value;
    });
  }

  readHash();
  form.removeAttribute('hidden');
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  apply();
})();
)JS";

}  // namespace parley::report
