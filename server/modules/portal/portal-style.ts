/**
 * The portal's whole stylesheet, inlined in every page: on a slow connection one round trip
 * costs more than these few kilobytes, and pages are compressed. System fonts only. Colours keep
 * WCAG AA contrast (body text 16:1, muted text 7:1, white on the report button 6:1).
 */
export const portalCss = `
:root{--ink:#1b1f24;--muted:#4a5563;--brand:#0b5cad;--brand-dark:#08427d;--alert:#b3261e;--soft:#f3f5f8;--line:#d5dae1}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:1rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:var(--ink);background:#fff}
a{color:var(--brand);text-underline-offset:.15em}
a:hover{color:var(--brand-dark)}
:focus-visible{outline:3px solid #e8a200;outline-offset:2px}
img{max-width:100%;height:auto}
.wrap{max-width:62rem;margin:0 auto;padding:0 1rem}
.skip{position:absolute;left:-9999px;top:.5rem;background:#fff;padding:.75rem 1rem;z-index:10;font-weight:700}
.skip:focus{left:.5rem}
.demo{margin:0;padding:.4rem 1rem;background:#fff3bf;text-align:center;font-weight:700}
header.site{background:#fff;border-bottom:1px solid var(--line)}
.bar{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem;padding-top:.6rem;padding-bottom:.6rem}
.brand{flex:1 0 100%;font-weight:800;line-height:1.25;color:var(--ink);text-decoration:none}
.lang,.signin{padding:.6rem .25rem;font-size:.95rem}
.btn{display:inline-block;min-height:2.75rem;padding:.6rem 1.1rem;border-radius:.5rem;font-weight:700;text-decoration:none;line-height:1.6}
.btn-report{background:var(--alert);color:#fff}
.bar .btn-report{margin-left:auto}
.btn-report:hover{background:#8c1d17;color:#fff}
.btn-ghost{border:2px solid var(--brand);color:var(--brand);background:#fff}
.menu ul{display:flex;gap:.25rem;margin:0;padding:0;list-style:none;overflow-x:auto;white-space:nowrap;scrollbar-width:thin}
.menu a{display:block;padding:.55rem .6rem;color:var(--ink);text-decoration:none;border-bottom:3px solid transparent}
.menu a:hover{border-color:var(--line)}
.menu a[aria-current=page]{border-color:var(--brand);font-weight:700}
.emergency{margin:0;padding:.35rem 0;background:#fdecea;font-size:.95rem}
.emergency a{font-weight:800;color:#8c1d17}
main{display:block;padding:1.25rem 0 2.5rem}
main:focus{outline:none}
h1{font-size:1.75rem;line-height:1.25;margin:.5rem 0 .75rem}
h2{font-size:1.35rem;line-height:1.3;margin:2rem 0 .5rem}
h3{font-size:1.1rem;line-height:1.35;margin:1.25rem 0 .35rem}
.lead{font-size:1.125rem;color:var(--muted);max-width:44rem}
.meta,.note{color:var(--muted);font-size:.9rem}
.prose{max-width:44rem}
.prose li{margin:.25rem 0}
.prose blockquote{margin:1rem 0;padding:.25rem 1rem;border-left:4px solid var(--line);color:var(--muted)}
.hero{margin:0 -1rem;padding:1.25rem 1rem 1.5rem;background:var(--soft);border-radius:0 0 .75rem .75rem}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;margin:1rem 0 .5rem}
.cards{display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));margin:0;padding:0;list-style:none}
.card{padding:1rem;border:1px solid var(--line);border-radius:.75rem;background:#fff}
.card h3{margin-top:0}
.card p{margin:.25rem 0}
.notice{padding:.75rem 1rem;background:var(--soft);border-left:4px solid var(--brand)}
.figure{margin:1rem 0;max-width:44rem}
.figure svg{width:100%;height:auto;display:block}
.figure svg{max-width:32rem}
.cl,.cv,.ch{font:14px system-ui,sans-serif;fill:#1b1f24}.cv{font-weight:700}.ch{font-style:italic;fill:#4a5563}
.figure figcaption{font-weight:700;margin-bottom:.25rem}
.table-scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.95rem}
caption{text-align:left;font-weight:700;padding:.25rem 0}
th,td{padding:.4rem .5rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.hidden-value{font-style:italic;color:var(--muted)}
.activity{padding:.75rem 0;border-bottom:1px solid var(--line)}
.activity h3{margin:.1rem 0 .25rem}
.activity dl{display:grid;grid-template-columns:auto 1fr;gap:.1rem .75rem;margin:0}
.activity dt{color:var(--muted)}
.activity dd{margin:0}
form.filter{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;margin:1rem 0}
form.filter label{display:block;font-weight:700}
select,button{font:inherit;min-height:2.75rem;padding:.4rem .6rem;border:1px solid #6b7380;border-radius:.4rem;background:#fff;color:var(--ink)}
button{background:var(--brand);border-color:var(--brand);color:#fff;font-weight:700;padding:.4rem 1rem}
.material{display:grid;grid-template-columns:1fr;gap:.75rem;padding:1rem 0;border-bottom:1px solid var(--line)}
.material img.qr{width:8rem;height:8rem}
@media (min-width:40rem){.material{grid-template-columns:1fr auto}h1{font-size:2.1rem}.brand{flex:1 1 12rem}}
.pager{display:flex;justify-content:space-between;gap:1rem;margin:1.5rem 0}
footer.site{background:#14243a;color:#f1f4f8;padding:1.5rem 0 2rem;margin-top:1rem}
footer.site a{color:#cfe3ff}
footer.site h2{margin-top:0;font-size:1.2rem}
.contacts{display:grid;gap:.75rem;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));margin:0;padding:0;list-style:none}
.contact p{margin:.1rem 0;font-size:.95rem}
.contact-name{font-weight:800;font-size:1.05rem!important}
.label{opacity:.85}
.footer-links{margin-top:1.25rem}
.footer-site{font-size:.9rem;opacity:.85}
`
  .replace(/\n/g, "")
  .trim();
