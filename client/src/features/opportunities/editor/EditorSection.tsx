import { useId, type ReactNode } from 'react';

/** One part of the editor: a panel with its heading, so screen-reader users can jump between parts. */
export function EditorSection({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <section className="panel opportunity-editor__section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {intro ? <p className="field__hint">{intro}</p> : null}
      <div className="form">{children}</div>
    </section>
  );
}
