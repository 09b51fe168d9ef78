/**
 * What a saved search looks for, in the reader's language: the same labels as the chips of the search page
 * (country names, kinds, skills by name), joined as a list; "all talents" when it has no filter.
 */
import { useTranslation } from 'react-i18next';
import type { SavedSearch } from '@kafaat/shared';
import { useFormat } from '../../i18n/format';
import { useSkillLabelLookup } from '../search/skillLabels';
import { useTalentChips } from '../search/talentChips';
import { talentFiltersFromParams } from '../search/talentFilters';

const NOTHING_KNOWN: ReadonlyMap<string, string> = new Map();

export function SavedSearchFilters({ search }: { search: SavedSearch }) {
  const { t } = useTranslation();
  const format = useFormat();
  const filters = talentFiltersFromParams(new URLSearchParams(search.query));
  const skillLabel = useSkillLabelLookup(filters.skills, NOTHING_KNOWN);
  const labels = useTalentChips(filters, skillLabel).map((chip) => chip.label);
  return <p className="saved-search__filters">{labels.length > 0 ? format.list(labels) : t('savedSearches.item.noFilters')}</p>;
}
