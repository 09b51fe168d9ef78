/**
 * A part of a completed mission that one side files and may revise, and the other side reads (the expert's report,
 * the host's evaluation): before completion a "not yet" line; the form for the filing side until filed or while
 * editing; then the filed document, with "Edit" for the filing side; "awaited" for the other side meanwhile.
 */
import { useState, type ReactNode } from 'react';
import { StatusLine } from '../../components/StatusLine';
import { MissionPart } from './MissionPanel';

export interface FiledPartTexts {
  title: string;
  notYet: string;
  saved: string;
  edit: string;
  awaited: string;
}

interface Props<T> {
  id: string;
  texts: FiledPartTexts;
  completed: boolean;
  /** Whether the viewer is the side that files it. */
  files: boolean;
  filed: T | null;
  form: (done: { onSaved: () => void; onCancel: (() => void) | undefined }) => ReactNode;
  view: (filed: T) => ReactNode;
}

export function FiledPart<T>({ id, texts, completed, files, filed, form, view }: Props<T>) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  let body;
  if (!completed) body = <p className="empty">{texts.notYet}</p>;
  else if (files && (!filed || editing))
    body = form({
      onSaved: () => {
        setEditing(false);
        setSaved(texts.saved);
      },
      onCancel: filed ? () => setEditing(false) : undefined,
    });
  else if (filed)
    body = (
      <>
        {view(filed)}
        {files ? (
          <p>
            <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
              {texts.edit}
            </button>
          </p>
        ) : null}
      </>
    );
  else body = <p className="empty">{texts.awaited}</p>;
  return (
    <MissionPart title={texts.title} id={id}>
      <StatusLine message={saved} />
      {body}
    </MissionPart>
  );
}
