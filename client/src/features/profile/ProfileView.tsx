/**
 * A talent's profile as a page of sections. The same component shows the talent's own profile (with their
 * private answers, marked "only you", and an edit link per section), the "as employers see it" preview, and the
 * profile an employer or officer opens; in the last two it receives the viewer form, which has no sensitive
 * fields at all, so there is nothing to hide by mistake.
 */
import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_KINDS, type DocumentKind, type OwnProfile, type ProfileSkill, type ViewerProfile } from '@kafaat/shared';
import { useFormat } from '../../i18n/format';
import { profileEditPath } from '../../routes/paths';
import { useLanguageName } from './languageNames';
import { useOccupationName } from './occupationsApi';
import { SkillName } from './SkillName';
import type { StepId } from './steps';

/** What the view needs: the viewer form, whose shared documents the own profile does not carry. */
export type ViewableProfile = Omit<ViewerProfile, 'sharedDocuments'> & { sharedDocuments?: ViewerProfile['sharedDocuments'] };

type ProfileViewProps = {
  profile: ViewableProfile;
  /** The talent's own page: their private answers and visibility setting, and links to edit each section. */
  own?: Pick<OwnProfile, 'sensitive' | 'visibility'>;
  /** Show the name in the header (pages whose title is not already the name). */
  showName?: boolean;
};

type Level = '1' | '2' | '3' | '4';

/** The viewer form types a shared document's kind as a plain string: anything unexpected reads as "other". */
const documentKind = (kind: string): DocumentKind => DOCUMENT_KINDS.find((known) => known === kind) ?? 'other';

function Section({ title, edit, badge, children }: { title: string; edit?: StepId; badge?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="panel profile-section" aria-labelledby={id}>
      <div className="profile-section__head">
        <h2 id={id}>
          {title} {badge}
        </h2>
        {edit ? (
          <Link className="profile-section__edit" to={profileEditPath(edit)}>
            {t('profile.view.edit')}
            <span className="visually-hidden"> : {title}</span>
          </Link>
        ) : null}
      </div>
      {children}
    </section>
  );
}

function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

function SkillItem({ skill }: { skill: ProfileSkill }) {
  const { t } = useTranslation();
  const format = useFormat();
  const details = [t(`profile.skills.levels.${String(skill.level) as Level}`)];
  if (skill.years > 0) details.push(t('profile.view.years', { count: skill.years }));
  details.push(t('profile.view.acquired', { modes: format.list(skill.acquiredBy.map((mode) => t(`profile.skills.modesShort.${mode}`))) }));
  return (
    <li className="profile-skill">
      <p className="profile-skill__name">
        <SkillName id={skill.skillId} />
        {skill.verification.status === 'verified' ? <span className="badge badge--verified">{t('profile.skills.verified')}</span> : null}
      </p>
      <p className="profile-skill__meta">{details.join(' · ')}</p>
    </li>
  );
}

/** The profile's sections, in the order a reader scans them: who, skills, languages, background, engagement. */
export function ProfileView({ profile, own, showName = false }: ProfileViewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const languageName = useLanguageName();
  const occupationName = useOccupationName(profile.occupations.length > 0);
  const edit = (step: StepId) => (own ? step : undefined);
  const countryName = profile.country ? format.country(profile.country) : '';
  const { mobility } = profile;
  const mobilityLines = [
    mobility.remote ? t('profile.view.mobility.remote') : null,
    mobility.shortMissions
      ? mobility.maxMissionWeeks
        ? t('profile.view.mobility.shortMissionsUpTo', { count: mobility.maxMissionWeeks })
        : t('profile.view.mobility.shortMissions')
      : null,
    mobility.relocation ? t('profile.view.mobility.relocation') : null,
  ].filter((line): line is string => line !== null);
  const hasEngagement = profile.sectors.length + profile.interests.length + mobilityLines.length + profile.availability.length > 0;

  return (
    <div className="profile-view">
      <Section title={t('profile.view.about')} edit={edit('about')}>
        {showName ? <p className="profile-view__name">{profile.displayName}</p> : null}
        {profile.headline ? (
          <p className="profile-view__headline" dir="auto">
            {profile.headline}
          </p>
        ) : (
          <p className="profile-view__headline profile-view__missing">{t('profile.view.noHeadline')}</p>
        )}
        <dl className="details">
          <dt>{t('profile.view.kind')}</dt>
          <dd>{t(`profile.kinds.${profile.kind}.title`)}</dd>
          {own || profile.occupations.length > 0 ? (
            <>
              <dt>{t('profile.view.occupations')}</dt>
              <dd>
                {profile.occupations.length === 0 ? (
                  t('profile.view.notGiven')
                ) : (
                  <ul className="profile-list">
                    {profile.occupations.map((code) => (
                      <li key={code}>{occupationName(code)}</li>
                    ))}
                  </ul>
                )}
              </dd>
            </>
          ) : null}
          <dt>{t('profile.view.location')}</dt>
          <dd>
            {profile.city ? <bdi>{profile.city}</bdi> : null}
            {profile.city && countryName ? ', ' : null}
            {countryName}
            {!profile.city && !countryName ? t('profile.view.notGiven') : null}
          </dd>
          {profile.updatedAt ? (
            <>
              <dt>{t('profile.view.updated')}</dt>
              <dd>{format.date(profile.updatedAt)}</dd>
            </>
          ) : null}
        </dl>
        {profile.summary ? (
          <p className="details__text" dir="auto">
            {profile.summary}
          </p>
        ) : null}
      </Section>

      <Section title={t('profile.steps.skills')} edit={edit('skills')}>
        {profile.skills.length === 0 ? (
          own ? (
            <div className="empty">
              <p>{t('profile.view.noSkillsOwn')}</p>
              <p>
                <Link className="button" to={profileEditPath('skills')}>
                  {t('profile.view.addSkills')}
                </Link>
              </p>
            </div>
          ) : (
            <Empty>{t('profile.view.noSkills')}</Empty>
          )
        ) : (
          <ul className="item-list profile-skills">
            {profile.skills.map((skill) => (
              <SkillItem key={skill.skillId} skill={skill} />
            ))}
          </ul>
        )}
      </Section>

      <Section title={t('profile.steps.languages')} edit={edit('languages')}>
        {profile.languages.length === 0 ? (
          <Empty>{own ? t('profile.view.noLanguagesOwn') : t('profile.view.nothing')}</Empty>
        ) : (
          <ul className="profile-list">
            {profile.languages.map((language) => (
              <li key={language.code}>
                <span className="profile-list__main">{languageName(language.code)}</span> · {t(`profile.languages.cefrShort.${language.level}`)}
                {language.native ? ` · ${t('profile.view.native')}` : null}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={t('profile.experience.title')} edit={edit('experience')}>
        {profile.experience.length === 0 ? (
          <Empty>{own ? t('profile.view.noExperienceOwn') : t('profile.view.nothing')}</Empty>
        ) : (
          <ul className="item-list">
            {profile.experience.map((entry, index) => (
              <li key={index} className="item">
                <p className="item__title" dir="auto">
                  {entry.title}
                </p>
                <p className="item__meta" dir="auto">
                  {[entry.organisation, [entry.city, entry.country ? format.country(entry.country) : ''].filter(Boolean).join(', ')]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                <p className="item__meta">
                  {t('profile.view.period', { start: format.month(entry.start), end: entry.end ? format.month(entry.end) : t('profile.view.present') })}
                </p>
                {entry.description ? (
                  <p className="details__text" dir="auto">
                    {entry.description}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={t('profile.education.title')} edit={edit('experience')}>
        {profile.education.length === 0 ? (
          <Empty>{own ? t('profile.view.noEducationOwn') : t('profile.view.nothing')}</Empty>
        ) : (
          <ul className="item-list">
            {profile.education.map((entry, index) => (
              <li key={index} className="item">
                <p className="item__title" dir="auto">
                  {entry.title}
                </p>
                <p className="item__meta" dir="auto">
                  {[entry.institution, entry.country ? format.country(entry.country) : '', entry.year ? String(entry.year) : ''].filter(Boolean).join(' · ')}
                </p>
                <p className="item__meta">{t(`profile.education.recognition.${entry.recognition}`)}</p>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={t('profile.steps.engagement')} edit={edit('engagement')}>
        {!hasEngagement ? <Empty>{own ? t('profile.view.noEngagementOwn') : t('profile.view.nothing')}</Empty> : null}
        {profile.sectors.length > 0 ? (
          <>
            <h3>{t('profile.view.sectors')}</h3>
            <ul className="profile-tags">
              {profile.sectors.map((sector) => (
                <li key={sector} className="badge">
                  {t(`sectors.${sector}`)}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {profile.interests.length > 0 ? (
          <>
            <h3>{t('profile.view.interests')}</h3>
            <ul className="profile-list">
              {profile.interests.map((interest) => (
                <li key={interest}>{t(`profile.engagement.interestOptions.${interest}.title`)}</li>
              ))}
            </ul>
          </>
        ) : null}
        {mobilityLines.length > 0 ? (
          <>
            <h3>{t('profile.view.ways')}</h3>
            <ul className="profile-list">
              {mobilityLines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        ) : null}
        {profile.availability.length > 0 ? (
          <>
            <h3>{t('profile.view.availability')}</h3>
            <ul className="profile-list">
              {profile.availability.map((window, index) => (
                <li key={index}>
                  {t('profile.view.dateRange', { start: format.date(window.from), end: format.date(window.to) })}
                  {window.note ? <bdi> · {window.note}</bdi> : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Section>

      {profile.sharedDocuments ? (
        <Section title={t('profile.view.sharedDocuments')}>
          {profile.sharedDocuments.length === 0 ? (
            <Empty>{t('profile.view.noDocuments')}</Empty>
          ) : (
            <ul className="profile-list">
              {profile.sharedDocuments.map((document) => (
                <li key={document.id}>
                  <bdi className="profile-list__main">{document.name}</bdi> · {t(`profile.view.documentKinds.${documentKind(document.kind)}`)}
                </li>
              ))}
            </ul>
          )}
        </Section>
      ) : null}

      {own ? <PrivateAnswers own={own} /> : null}
    </div>
  );
}

/** The talent's visibility setting and private answers, on their own page only. */
function PrivateAnswers({ own }: { own: Pick<OwnProfile, 'sensitive' | 'visibility'> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { nationality, residenceStatus, gender, birthYear } = own.sensitive;
  const none = t('profile.view.notAnswered');
  return (
    <Section title={t('profile.steps.privacy')} edit="privacy" badge={<span className="badge badge--private">{t('profile.view.onlyYou')}</span>}>
      <dl className="details">
        <dt>{t('profile.privacy.visibility')}</dt>
        <dd>{t(`profile.privacy.visibilityOptions.${own.visibility}.title`)}</dd>
        <dt>{t('profile.privacy.nationality')}</dt>
        <dd>{nationality ? format.country(nationality) : none}</dd>
        <dt>{t('profile.privacy.residenceStatus')}</dt>
        <dd>{residenceStatus ? t(`profile.privacy.residence.${residenceStatus}`) : none}</dd>
        <dt>{t('profile.privacy.gender')}</dt>
        <dd>{gender ? t(`profile.privacy.genders.${gender}`) : none}</dd>
        <dt>{t('profile.privacy.birthYear')}</dt>
        <dd>{birthYear ? String(birthYear) : none}</dd>
      </dl>
      <p className="panel__meta">{t('profile.privacy.sensitiveExplanation')}</p>
    </Section>
  );
}
