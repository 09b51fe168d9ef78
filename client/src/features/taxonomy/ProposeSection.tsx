import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SkillProposalType } from '@kafaat/shared';
import { StatusLine } from '../../components/StatusLine';
import { NewSkillForm } from './NewSkillForm';
import { SynonymsForm } from './SynonymsForm';

const TYPES: readonly SkillProposalType[] = ['new-skill', 'synonyms'];

/**
 * "Propose a change": first what kind (a new skill, or synonyms of an existing one), then that form. After a
 * proposal is sent, the form starts again empty and a confirmation says an admin will review it.
 */
export function ProposeSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const [type, setType] = useState<SkillProposalType>('new-skill');
  const [sent, setSent] = useState(0);
  const [message, setMessage] = useState<string | null>(null);

  function onProposed(name: string) {
    setMessage(t('taxonomy.propose.sent', { name }));
    setSent((n) => n + 1);
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('taxonomy.propose.title')}</h2>
      <p>{t('taxonomy.propose.lead')}</p>
      <StatusLine message={message} />
      <fieldset className="choice-group">
        <legend className="form__legend">{t('taxonomy.propose.kind')}</legend>
        {TYPES.map((option) => (
          <div className="radio" key={option}>
            <input
              id={`${headingId}-${option}`}
              type="radio"
              name="proposal-type"
              value={option}
              checked={type === option}
              onChange={() => {
                setType(option);
                setMessage(null);
              }}
            />
            <label htmlFor={`${headingId}-${option}`}>
              <span className="radio__title">{t(`taxonomy.types.${option}`)}</span>
              <span className="radio__hint">{t(`taxonomy.propose.kindHints.${option}`)}</span>
            </label>
          </div>
        ))}
      </fieldset>
      {type === 'new-skill' ? <NewSkillForm key={sent} onProposed={onProposed} /> : <SynonymsForm key={sent} onProposed={onProposed} />}
    </section>
  );
}
