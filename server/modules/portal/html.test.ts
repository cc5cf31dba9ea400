import { expect, it } from "vitest";
import { escapeHtml, html, trusted } from "./html.ts";

it("escapes every interpolated value, in text and in attributes", () => {
  const title = `<script>alert("x")</script>`;
  const out = html`<a title="${title}" href="/x?a=${"1&b=2"}">${title}</a>`.toString();
  expect(out).toBe(
    '<a title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" href="/x?a=1&amp;b=2">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</a>',
  );
  expect(escapeHtml(`'`)).toBe("&#39;");
});

it("keeps nested templates and trusted markup as they are, joins lists, and drops empty values", () => {
  const items = ["a<b", "c"].map((v) => html`<li>${v}</li>`);
  expect(html`<ul>${items}</ul>${null}${undefined}${false}${0}`.toString()).toBe(
    "<ul><li>a&lt;b</li><li>c</li></ul>0",
  );
  expect(html`<p>${trusted("<b>ok</b>")}</p>`.toString()).toBe("<p><b>ok</b></p>");
});
