import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';

/** Outcomes announced on the page a person lands on after leaving another (sign-out, account deletion). */
export const NOTICES = ['signedOut', 'signedOutEverywhere', 'accountDeleted'] as const;
/** The key of a notice: the same name is used in navigation state and under `notices.` in translations. */
export type Notice = (typeof NOTICES)[number];

function noticeOf(state: unknown): Notice | undefined {
  const notice = (state as { notice?: unknown } | null)?.notice;
  return NOTICES.find((known) => known === notice);
}

/**
 * A one-line confirmation at the top of the page, passed in the navigation state (so it does not come back on
 * reload or when sharing the address). It takes focus so screen-reader users hear it.
 */
export function FlashNotice() {
  const { t } = useTranslation();
  const location = useLocation();
  const notice = noticeOf(location.state);
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (notice) ref.current?.focus();
  }, [notice, location.key]);
  if (!notice) return null;
  return (
    <div className="container">
      <p ref={ref} tabIndex={-1} role="status" className="notice notice--success flash">
        {t(`notices.${notice}`)}
      </p>
    </div>
  );
}
