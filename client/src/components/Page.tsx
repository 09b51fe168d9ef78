import { useEffect, useId, useRef, type ReactNode } from 'react';
import { usePageTitle } from '../routes/usePageTitle';

type PageProps = {
  title: string;
  /** Text under the heading. */
  lead?: ReactNode;
  /** Wide pages (tables, queues) use the full container; forms stay narrow enough to read. */
  wide?: boolean;
  /**
   * Moves focus to the heading when the page appears: for a screen that replaces another after a submit ("check
   * your inbox"), so keyboard and screen-reader users start reading at its top. Give such pages a `key`.
   */
  focusOnMount?: boolean;
  children?: ReactNode;
};

/** The frame of a page: one focusable h1, the browser tab's title, and the content in a readable width. */
export function Page({ title, lead, wide, focusOnMount, children }: PageProps) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  usePageTitle(title);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  return (
    <section className={`container page${wide ? ' page--wide' : ''}`} aria-labelledby={headingId}>
      <h1 id={headingId} ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {lead ? <p className="page__lead">{lead}</p> : null}
      {children}
    </section>
  );
}
