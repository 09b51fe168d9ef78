import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TalentMatch } from '@kafaat/shared';
import { useFormat } from '../../i18n/format';
import { talentPath } from '../../routes/paths';
import { InviteMatchButton } from './InviteMatchButton';
import { MatchBreakdown } from './MatchBreakdown';
import { MatchScore } from './MatchScore';

type TalentMatchCardProps = {
  match: TalentMatch;
  skillLabels: Readonly<Record<string, string>>;
  /** The opportunity, when talents may be invited to it (published); otherwise no "Invite". */
  inviteTo: string | null;
};

/** A ranked talent for an opportunity's managers: who (what the match schema keeps, nothing sensitive), score, why. */
export function TalentMatchCard({ match, skillLabels, inviteTo }: TalentMatchCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { talent } = match;
  const place = [talent.city, talent.country ? format.country(talent.country) : null].filter(Boolean).join(', ');
  return (
    <li className="item match-card">
      <div className="match-card__header">
        <h3 className="item__title">
          <Link to={talentPath(talent.id)}>
            <bdi>{talent.displayName}</bdi>
          </Link>
          <span className="badge">{t(`profile.kinds.${talent.kind}.title`)}</span>
        </h3>
        <MatchScore score={match.score} />
      </div>
      <p dir="auto">{talent.headline || t('profile.view.noHeadline')}</p>
      {place ? <p className="item__meta">{place}</p> : null}
      <MatchBreakdown explanation={match.explanation} skillLabels={skillLabels} perspective="manager" />
      {inviteTo ? <InviteMatchButton opportunityId={inviteTo} talentId={talent.id} talentName={talent.displayName} /> : null}
    </li>
  );
}
