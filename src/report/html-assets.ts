/**
 * The stylesheet and script that the HTML report inlines (no network: the page works from a CI
 * artifact or a file:// URL). Kept apart from html.ts so the markup builder stays readable.
 *
 * Contrast: every text/background pair below is at least WCAG AA (4.5:1) in both schemes; the
 * browser test measures the rendered pairs. Colour is never the only signal: heat-map cells
 * print their counts, keyword marks differ by underline style per group as well as by colour,
 * severities carry a word and a symbol.
 */

export const CSS = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1a1a1a;--muted:#555;--line:#d0d0d0;--card:#f5f6f8;--link:#0b57d0;
--err:#b3261e;--warn:#8a5300;--info:#2d5f8a;--pass:#1e6b2e;--focus:#0b57d0;
--h0:transparent;--h1:#e3efff;--h2:#bcd7ff;--h3:#86b4f0;--h4:#1f5fb8;--h4fg:#fff;--miss:#b3261e;
--g0:#ffe08a;--g1:#b8e1ff;--g2:#c6f0c2;--g3:#ffc9de;--g4:#e0d0ff;--g5:#ffd3b0;--g6:#c2f0ea;--g7:#e6e6a8;--gfg:#1a1a1a;
--serp-t:#1a0dab;--serp-u:#202124;--serp-d:#4d5156}
@media (prefers-color-scheme:dark){:root{--bg:#121212;--fg:#e8e8e8;--muted:#b4b4b4;--line:#444;--card:#1e1f22;--link:#8ab4f8;
--err:#ff8a80;--warn:#ffcc80;--info:#90caf9;--pass:#81c995;--focus:#8ab4f8;
--h1:#1b2a3d;--h2:#1f3f66;--h3:#2a5a94;--h4:#9cc3f5;--h4fg:#000;--miss:#ff8a80;
--g0:#6b5200;--g1:#0b4a7a;--g2:#1f5c1a;--g3:#7a1f45;--g4:#4b2f86;--g5:#7a3d0b;--g6:#0f5c53;--g7:#5c5c14;--gfg:#fff;
--serp-t:#99c3ff;--serp-u:#dadce0;--serp-d:#bdc1c6}}
*{box-sizing:border-box}
.view:not(.on){display:none}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Liberation Sans",Arial,sans-serif}
a{color:var(--link)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:var(--bg);padding:.5em}
.skip:focus{left:.5em}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
header.top{padding:1em 1.5em;border-bottom:1px solid var(--line)}
header.top h1{margin:0;font-size:1.4em}
main{padding:0 1.5em 2em;max-width:90em}
h2{font-size:1.25em;margin:1.4em 0 .5em}
h3{font-size:1.05em;margin:1.2em 0 .4em}
.muted{color:var(--muted)}
.cards{display:flex;flex-wrap:wrap;gap:.6em;padding:0;list-style:none}
.cards li{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:.4em .8em;min-width:7em}
.cards b{display:block;font-size:1.3em}
.charts{display:flex;flex-wrap:wrap;gap:2em}
figure{margin:0}
figcaption{font-weight:600;margin-bottom:.3em}
svg text{fill:var(--fg);font-size:12px}
svg .bar{fill:var(--h4)}
svg .axis{stroke:var(--muted)}
table{border-collapse:collapse;margin:.4em 0}
th,td{border:1px solid var(--line);padding:.25em .5em;text-align:left;vertical-align:top}
th{background:var(--card)}
.filters{display:flex;flex-wrap:wrap;gap:1em;align-items:end;margin:.5em 0}
.filters label{display:flex;flex-direction:column;font-size:.9em}
select,input,button{font:inherit;color:var(--fg);background:var(--bg);border:1px solid var(--muted);border-radius:4px;padding:.2em .4em}
button:disabled{opacity:.6}
.st{font-weight:600;white-space:nowrap}
.st-passed{color:var(--pass)}.st-failed{color:var(--err)}.st-error{color:var(--err)}
.sev-error{color:var(--err)}.sev-warning{color:var(--warn)}.sev-info{color:var(--info)}
.findings{list-style:none;padding:0}
.findings li{margin:.15em 0}
.findings a{color:var(--fg)}
.rid{font-family:ui-monospace,monospace;font-size:.85em;color:var(--muted)}
.heat td{text-align:center;min-width:5.5em}
.heat .c1{background:var(--h1)}.heat .c2{background:var(--h2)}.heat .c3{background:var(--h3)}.heat .c4{background:var(--h4);color:var(--h4fg)}
.heat .miss{outline:2px dashed var(--miss);outline-offset:-3px;background:repeating-linear-gradient(45deg,transparent 0 6px,var(--card) 6px 12px)}
.heat .miss small{display:block;color:var(--miss);font-weight:600}
.heat th.sec{font-weight:normal}
.heat .lv2{padding-left:1.2em}.heat .lv3{padding-left:2.2em}.heat .lv4,.heat .lv5,.heat .lv6{padding-left:3.2em}
.yes{color:var(--pass)}.no{color:var(--err)}
.serp{font-family:Arial,"Liberation Sans",sans-serif;border:1px solid var(--line);border-radius:8px;padding:.8em 1em;max-width:640px;background:var(--bg)}
.serp .url{font-size:14px;color:var(--serp-u);line-height:1.4;overflow-wrap:anywhere}
.serp .t{font-size:20px;line-height:1.3;color:var(--serp-t);margin:.15em 0;white-space:nowrap}
.serp .d{font-size:14px;line-height:1.58;color:var(--serp-d);max-width:460px}
.text{border-top:1px solid var(--line);margin-top:.5em}
.b{position:relative;margin:0;padding:.2em .3em .2em 4.6em;scroll-margin:30vh}
.b::before{content:attr(data-l);position:absolute;left:0;width:3.8em;text-align:right;color:var(--muted);font-size:.85em;padding-top:.15em;font-weight:normal;font-variant-numeric:tabular-nums}
.hd{font-weight:700;margin-top:.4em}
.k-listItem{display:list-item;list-style:disc inside}
.k-blockquote,.k-tableCell{border-left:3px solid var(--line);margin-left:4.4em;padding-left:.5em}
.k-blockquote::before,.k-tableCell::before{left:-4.7em}
.b:target,.b.hit{background:var(--card);outline:2px solid var(--focus)}
.note{display:block;font-size:.9em;font-weight:normal;border-left:4px solid currentColor;padding-left:.5em;margin:.2em 0}
.pair{display:flex;flex-wrap:wrap;gap:0 2.5em;align-items:flex-start}
.reading{display:grid;grid-template-columns:minmax(16em,1fr) 2.2fr;gap:2em;align-items:start}
.side{position:sticky;top:0;max-height:100vh;overflow:auto}
@media (max-width:60em){.reading{grid-template-columns:1fr}.side{position:static;max-height:none}}
#files td:nth-child(n+3),.kw td:nth-child(-n+8):nth-child(n+4),figure td{text-align:right;font-variant-numeric:tabular-nums}
.kw td:nth-child(n+9){text-align:center}
.kw caption{caption-side:bottom;text-align:left;font-size:.85em}
mark{color:var(--gfg);border-radius:2px;padding:0 1px;text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:3px}
.g0{background:var(--g0);text-decoration-style:solid}.g1{background:var(--g1);text-decoration-style:dashed}
.g2{background:var(--g2);text-decoration-style:dotted}.g3{background:var(--g3);text-decoration-style:double}
.g4{background:var(--g4);text-decoration-style:wavy}.g5{background:var(--g5);text-decoration-style:solid}
.g6{background:var(--g6);text-decoration-style:dashed}.g7{background:var(--g7);text-decoration-style:dotted}
.legend{display:flex;flex-wrap:wrap;gap:.8em;padding:0;list-style:none}
nav.art{display:flex;gap:1.5em;flex-wrap:wrap;margin:.8em 0}
footer{padding:1em 1.5em;color:var(--muted);border-top:1px solid var(--line)}
kbd{border:1px solid var(--line);border-radius:3px;padding:0 .3em;font-size:.9em}
@media print{
:root{--bg:#fff;--fg:#000;--muted:#333;--link:#000;--card:#f0f0f0;--line:#999}
.skip,.filters,.pager,nav.art,footer .keys{display:none!important}
body{font-size:11pt}
main{max-width:none;padding:0}
.reading{display:block}.side{position:static;max-height:none;overflow:visible}
a{text-decoration:none}
table,.blk,figure,.serp{break-inside:avoid}
h2,h3{break-after:avoid}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;

/**
 * Views: the overview and one article at a time, chosen by the URL fragment (#overview, #a3,
 * #a3-L12 for a line, #a3-f2 for a finding). Only the view with class "on" is displayed, from the
 * first byte (so a 3,000-article page is not laid out while it loads); without script a
 * <noscript> style shows every view in sequence. Files table: filters by
 * status, rule and path, 100 rows a page. Keys: n / p next / previous finding, o overview.
 */
export const SCRIPT = `
(function(){"use strict";
var d=document,views=[].slice.call(d.querySelectorAll(".view"));
function show(id){var found=null;views.forEach(function(v){var on=v.id===id;v.classList.toggle("on",on);if(on)found=v;});return found;}
var current=null;
function route(){
var h="";try{h=decodeURIComponent(location.hash.slice(1));}catch(e){}
var m=/^(a\\d+)(?:-[Lf]\\d+)?$/.exec(h);
var view=m?show(m[1]):null;
if(!view)view=show(views.length&&views[0].id)||null;
var prev=d.querySelector(".hit");if(prev)prev.classList.remove("hit");
var el=h?d.getElementById(h):null;
if(el&&el!==view){if(!el.hasAttribute("tabindex"))el.setAttribute("tabindex","-1");el.classList.add("hit");el.scrollIntoView({block:"center"});el.focus({preventScroll:true});}
else if(view&&view!==current){window.scrollTo(0,0);var hd=view.querySelector("h2");if(hd&&h)hd.focus({preventScroll:true});}
current=view;}
window.addEventListener("hashchange",route);route();
var table=d.getElementById("files");
if(table){
var rows=[].slice.call(table.tBodies[0].rows),fs=d.getElementById("f-status"),fr=d.getElementById("f-rule"),fq=d.getElementById("f-q"),
out=d.getElementById("f-count"),pv=d.getElementById("f-prev"),nx=d.getElementById("f-next"),PER=100,page=0;
function apply(){var s=fs.value,r=fr.value,q=fq.value.toLowerCase();
var shown=rows.filter(function(row){return(!s||row.getAttribute("data-status")===s)&&(!r||(" "+row.getAttribute("data-rules")+" ").indexOf(" "+r+" ")>=0)&&(!q||row.cells[1].textContent.toLowerCase().indexOf(q)>=0);});
var pages=Math.max(1,Math.ceil(shown.length/PER));if(page>=pages)page=pages-1;
rows.forEach(function(row){row.hidden=true;});
shown.slice(page*PER,(page+1)*PER).forEach(function(row){row.hidden=false;});
out.textContent=shown.length+" of "+rows.length+" files shown"+(pages>1?", page "+(page+1)+" of "+pages:"");
pv.disabled=page===0;nx.disabled=page>=pages-1;}
[fs,fr].forEach(function(el){el.addEventListener("change",function(){page=0;apply();});});
fq.addEventListener("input",function(){page=0;apply();});
pv.addEventListener("click",function(){page--;apply();});
nx.addEventListener("click",function(){page++;apply();});
apply();}
d.addEventListener("keydown",function(e){
if(e.ctrlKey||e.metaKey||e.altKey||/^(INPUT|SELECT|TEXTAREA)$/.test(e.target.tagName))return;
if(e.key==="o"){var o=d.querySelector("a.to-overview");if(o){o.click();e.preventDefault();}return;}
if(e.key!=="n"&&e.key!=="p")return;
if(!current)return;
var links=[].slice.call(current.querySelectorAll("a.finding"));if(!links.length)return;
var at=-1,h=location.hash;links.forEach(function(a,i){if(a.getAttribute("href")===h)at=i;});
var next=e.key==="n"?Math.min(links.length-1,at+1):Math.max(0,at-1);
location.hash=links[next].getAttribute("href");e.preventDefault();});
})();
`;
