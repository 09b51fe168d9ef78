import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After moving to another page inside the app (a link, or a redirect after submitting a form), puts focus on the
 * new page's h1, as a full page load would put screen-reader users at the top. Not on the first load (the skip
 * link stays first), not when only the query or hash changed (filters, in-page links), and not when the page
 * already placed focus inside the content itself (a confirmation notice, an error summary).
 */
export function useFocusOnNavigation(): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const main = document.getElementById('main');
    const active = document.activeElement;
    if (!main || (active && active !== main && main.contains(active))) return;
    const heading = main.querySelector<HTMLElement>('h1');
    if (heading) {
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus();
    } else {
      main.focus();
    }
  }, [pathname]);
}
