import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRealtimeStatus } from './context';

/** How long the connection may be down before we say so: brief drops on a moving phone are not news. */
export const PAUSED_AFTER_MS = 4_000;
/** How long "live updates are back" stays after a pause was shown. */
const RESUMED_FOR_MS = 5_000;

/**
 * A line under the header, only when live updates have been off for a few seconds ("paused — reconnecting…")
 * and briefly once they are back. A polite live region, kept in the page even when empty, so screen readers
 * announce the change without interrupting.
 */
export function ConnectionStatus() {
  const { t } = useTranslation();
  const status = useRealtimeStatus();
  const down = status === 'connecting' || status === 'reconnecting';
  const [shown, setShown] = useState<'paused' | 'resumed' | null>(null);

  useEffect(() => {
    if (down) {
      const timer = setTimeout(() => setShown('paused'), PAUSED_AFTER_MS);
      return () => clearTimeout(timer);
    }
    setShown((previous) => (previous === 'paused' && status === 'connected' ? 'resumed' : null));
    return undefined;
  }, [down, status]);

  useEffect(() => {
    if (shown !== 'resumed') return undefined;
    const timer = setTimeout(() => setShown(null), RESUMED_FOR_MS);
    return () => clearTimeout(timer);
  }, [shown]);

  return (
    <div className="container">
      <p role="status" className={`realtime-status${shown ? ` realtime-status--${shown}` : ''}`}>
        {shown === 'paused' ? t('realtime.paused') : shown === 'resumed' ? t('realtime.resumed') : ''}
      </p>
    </div>
  );
}
