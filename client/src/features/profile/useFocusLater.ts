import { useCallback, useEffect, useState } from 'react';

/**
 * Moves focus to an element by id once React has rendered it: after "Add an experience" to the new entry's first
 * field, after "Remove" to the list's add button, so keyboard users are never dropped at the top of the page.
 */
export function useFocusLater(): (id: string) => void {
  const [target, setTarget] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (!target) return;
    document.getElementById(target.id)?.focus();
  }, [target]);
  return useCallback((id: string) => setTarget({ id }), []);
}
