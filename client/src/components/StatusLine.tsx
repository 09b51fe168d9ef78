import { useEffect, useRef } from 'react';

/**
 * A confirmation line ("Saved") that is announced and takes focus when it appears, so keyboard and screen-reader
 * users learn that their submit worked without hunting for it.
 */
export function StatusLine({ message }: { message: string | null | undefined }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  return (
    <p ref={ref} tabIndex={-1} role="status" className={message ? 'form__status form__status--shown' : 'form__status'}>
      {message ?? ''}
    </p>
  );
}
