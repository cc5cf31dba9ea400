import { expect } from "vitest";
import type { Client } from "./test-app.ts";

/** Every item of a list, page by page, following nextCursor to the end; `pages` holds each page's size. */
export async function walkPages<T>(client: Client, url: string): Promise<{ items: T[]; pages: number[] }> {
  const items: T[] = [];
  const pages: number[] = [];
  let cursor: string | null = null;
  do {
    const sep = url.includes("?") ? "&" : "?";
    const res = await client.get(cursor ? `${url}${sep}cursor=${encodeURIComponent(cursor)}` : url);
    expect(res.status).toBe(200);
    items.push(...res.body.items);
    pages.push(res.body.items.length);
    cursor = res.body.nextCursor;
    expect(pages.length).toBeLessThan(1000);
  } while (cursor);
  return { items, pages };
}
