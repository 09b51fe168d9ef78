/**
 * Search highlights as the server sends them: the matched words between <em> and </em>, everything else
 * HTML-escaped. They are never given to the browser as HTML: the string is split on the two tags, the entities are
 * decoded here, and each piece becomes a text node or a <mark>. Any other markup, or a stray tag, stays visible text.
 */
import { Fragment } from 'react';

/** One piece of a highlight: plain text, or a matched word or phrase. */
export type HighlightPart = { text: string; marked: boolean };

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** `&lt;b&gt; &amp;amp;` → `<b> &amp;`: one pass, so an escaped entity is decoded once, never twice. */
export function unescapeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] !== '#') return NAMED[body.toLowerCase()] ?? entity;
    const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

/** The pieces of a highlight string, decoded, in order; empty pieces dropped and neighbours of a kind merged. */
export function parseHighlight(html: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  const push = (raw: string, marked: boolean) => {
    const text = unescapeHtml(raw);
    if (text === '') return;
    const last = parts[parts.length - 1];
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  };
  let marked = false;
  let at = 0;
  for (const match of html.matchAll(/<(\/?)em>/gi)) {
    push(html.slice(at, match.index), marked);
    marked = match[1] === '';
    at = match.index + match[0].length;
  }
  push(html.slice(at), marked);
  return parts;
}

/** The text of a highlight without its marks (for an accessible name or a title). */
export function highlightText(html: string): string {
  return parseHighlight(html)
    .map((part) => part.text)
    .join('');
}

/** A highlight as text with <mark> around the matches; `fallback` (plain text) when there is no highlight. */
export function Highlighted({ html, fallback }: { html: string | undefined; fallback?: string }) {
  if (html === undefined || html === '') return <>{fallback ?? ''}</>;
  return (
    <>
      {parseHighlight(html).map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : <Fragment key={index}>{part.text}</Fragment>))}
    </>
  );
}
