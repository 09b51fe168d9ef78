import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TalentSearchHit } from '@kafaat/shared';
import { useFormat } from '../../i18n/format';
import { talentPath } from '../../routes/paths';
import { InviteForm } from '../opportunities/InviteForm';
import { useLanguageName } from '../profile/languageNames';
import { Highlighted, highlightText } from './highlight';

/** Skills a card lists before "and N more". */
const CARD_SKILLS = 6;

/**
 * One talent found: name (a link to the profile), situation, headline and summary with the matched words marked,
 * place, skills (validated ones and matched ones marked) and languages, and "Invite to an opportunity". It shows only
 * what the search answer's schema keeps: nothing about nationality, residence status, gender or age.
 */
export function TalentResultCard({ talent }: { talent: TalentSearchHit }) {
  const { t } = useTranslation();
  const format = useFormat();
  const languageName = useLanguageName();
  const matched = new Set((talent.highlights.skills ?? []).map(highlightText));
  const place = [talent.city, talent.country ? format.country(talent.country) : null].filter(Boolean).join(', ');
  const shown = talent.skills.slice(0, CARD_SKILLS);
  const more = talent.skills.length - shown.length;
  return (
    <li className="item search-result">
      <h3 className="item__title">
        <Link to={talentPath(talent.id)}>
          <bdi>{talent.displayName}</bdi>
        </Link>
        <span className="badge">{t(`profile.kinds.${talent.kind}.title`)}</span>
      </h3>
      <p className="search-result__headline" dir="auto">
        <Highlighted html={talent.highlights.headline} fallback={talent.headline || t('profile.view.noHeadline')} />
      </p>
      {place ? <p className="item__meta">{place}</p> : null}
      {talent.highlights.summary ? (
        <p className="search-result__snippet" dir="auto">
          <Highlighted html={talent.highlights.summary} />
        </p>
      ) : null}
      {shown.length > 0 ? (
        <ul className="search-result__skills" aria-label={t('search.talents.skillsOf', { name: talent.displayName })}>
          {shown.map((skill) => (
            <li key={skill.id} className="search-result__skill">
              {matched.has(skill.label) ? <mark>{skill.label}</mark> : skill.label}
              {skill.verified ? <span className="badge badge--verified"> {t('profile.skills.verified')}</span> : null}
            </li>
          ))}
          {more > 0 ? <li className="search-result__skill search-result__skill--more">{t('search.talents.moreSkills', { count: more, more: format.number(more) })}</li> : null}
        </ul>
      ) : null}
      {talent.languages.length > 0 ? (
        <p className="item__meta">
          {t('search.talents.speaks', {
            languages: format.list(
              talent.languages.map((language) =>
                language.native ? t('search.talents.languageNative', { language: languageName(language.code) }) : t('search.talents.languageAt', { language: languageName(language.code), level: language.level }),
              ),
            ),
          })}
        </p>
      ) : null}
      <InviteDisclosure talentId={talent.id} name={talent.displayName} />
    </li>
  );
}

/** "Invite to an opportunity" under a card: opens the opportunities feature's invitation form in place. */
function InviteDisclosure({ talentId, name }: { talentId: string; name: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="search-result__invite">
      <button type="button" className="button button--secondary button--small" aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={() => setOpen((value) => !value)}>
        {t('search.talents.invite')} <span className="visually-hidden">({name})</span>
      </button>
      {open ? (
        <div id={panelId}>
          <InviteForm talentId={talentId} talentName={name} />
        </div>
      ) : null}
    </div>
  );
}
