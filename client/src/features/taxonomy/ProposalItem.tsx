import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SkillProposal } from '@kafaat/shared';
import { useFormat } from '../../i18n/format';
import { currentLocale } from '../../i18n';

const LANGS = ['fr', 'en', 'ar'] as const;
const dirOf = (lang: string) => (lang === 'ar' ? 'rtl' : 'ltr');

/**
 * One proposal as its author and the admins read it: what is proposed, in which sector, why, who proposed it
 * and, once decided, who decided, when, with which comment, and the revision it became. `children` holds the
 * admins' decision buttons.
 */
export function ProposalItem({ proposal, children }: { proposal: SkillProposal; children?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const lang = currentLocale(i18n);
  const headingId = `proposal-${proposal.id}`;
  const name = proposal.labels[lang];
  const synonymLangs = LANGS.filter((l) => proposal.synonyms[l].length > 0);

  return (
    <li className="item">
      <h3 id={headingId} className="item__title">
        {proposal.type === 'new-skill' ? name : t('taxonomy.item.synonymsFor', { name })}
        <span className="badge">{t(`taxonomy.statuses.${proposal.status}`)}</span>
      </h3>
      <dl className="details details--compact">
        <dt>{t('taxonomy.item.kind')}</dt>
        <dd>{t(`taxonomy.types.${proposal.type}`)}</dd>
        <dt>{t('taxonomy.fields.sector')}</dt>
        <dd>{t(`sectors.${proposal.sector}`)}</dd>
        {proposal.type === 'new-skill'
          ? LANGS.map((l) => (
              <Fragment key={l}>
                <dt>{t(`taxonomy.fields.label.${l}`)}</dt>
                <dd lang={l} dir={dirOf(l)}>
                  {proposal.labels[l]}
                </dd>
              </Fragment>
            ))
          : null}
        {synonymLangs.map((l) => (
          <Fragment key={l}>
            <dt>{t(`taxonomy.fields.synonymsIn.${l}`)}</dt>
            <dd lang={l} dir={dirOf(l)}>
              {proposal.synonyms[l].join(' · ')}
            </dd>
          </Fragment>
        ))}
        {(['broader', 'related'] as const).map((kind) =>
          proposal[kind].length > 0 ? (
            <Fragment key={kind}>
              <dt>{t(`taxonomy.fields.${kind}`)}</dt>
              <dd>
                <bdi className="mono">{proposal[kind].join(', ')}</bdi>
              </dd>
            </Fragment>
          ) : null,
        )}
        {proposal.isco.length > 0 ? (
          <>
            <dt>{t('taxonomy.fields.isco')}</dt>
            <dd>
              <bdi className="mono">{proposal.isco.join(', ')}</bdi>
            </dd>
          </>
        ) : null}
        <dt>{t('taxonomy.item.proposed')}</dt>
        <dd>
          {t('taxonomy.item.byOn', { name: proposal.proposedBy.displayName ?? t('taxonomy.item.deletedAccount'), date: format.dateTime(proposal.createdAt) })}
        </dd>
        {proposal.reviewedBy && proposal.reviewedAt ? (
          <>
            <dt>{t('taxonomy.item.decided')}</dt>
            <dd>{t('taxonomy.item.byOn', { name: proposal.reviewedBy.displayName ?? t('taxonomy.item.deletedAccount'), date: format.dateTime(proposal.reviewedAt) })}</dd>
          </>
        ) : null}
        {proposal.revision !== null && proposal.skillId ? (
          <>
            <dt>{t('taxonomy.item.revision')}</dt>
            <dd>
              {t('taxonomy.item.revisionValue', { revision: proposal.revision })} · <bdi className="mono">{proposal.skillId}</bdi>
            </dd>
          </>
        ) : null}
      </dl>
      <p className="item__meta">{t('taxonomy.item.reason')}</p>
      <p className="details__text">{proposal.reason}</p>
      {proposal.reviewComment ? (
        <>
          <p className="item__meta">{t('taxonomy.item.comment')}</p>
          <p className="details__text">{proposal.reviewComment}</p>
        </>
      ) : null}
      {children}
    </li>
  );
}
