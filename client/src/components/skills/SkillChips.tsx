/**
 * The skills a person has chosen, as chips with a remove button each ("Retirer Soudure"), for the profile and
 * opportunity editors. Removing a chip moves focus to the chip that took its place (or the one before), and to
 * `focusWhenEmpty` after the last one, so keyboard and screen-reader users are never dropped at the top of the page.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaxonomyLabels } from '@kafaat/shared';
import { currentLocale } from '../../i18n';

/** A chosen skill as chips show it. A SkillSuggestion fits as is; with `labels`, the chip follows the interface language. */
export type ChosenSkill = { id: string; label: string; labels?: TaxonomyLabels };

export type SkillChipsProps = {
  skills: readonly ChosenSkill[];
  /** Called with the id of the skill whose remove button was pressed; the parent updates `skills`. */
  onRemove(id: string): void;
  /** The list's accessible name; "Chosen skills" by default. */
  label?: string;
  /** Where focus goes once the last chip is removed (usually the picker's input). */
  focusWhenEmpty?: RefObject<HTMLElement | null>;
  disabled?: boolean;
};

export function SkillChips({ skills, onRemove, label, focusWhenEmpty, disabled = false }: SkillChipsProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLocale(i18n);
  const listRef = useRef<HTMLUListElement>(null);
  const removedIndex = useRef<number | null>(null);

  useEffect(() => {
    const index = removedIndex.current;
    if (index === null) return;
    removedIndex.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('.skill-chip__remove') ?? [];
    const next = buttons[Math.min(index, buttons.length - 1)];
    (next ?? focusWhenEmpty?.current)?.focus();
  }, [skills, focusWhenEmpty]);

  if (skills.length === 0) return <p className="skill-chips__empty">{t('skillPicker.noneChosen')}</p>;

  return (
    <ul ref={listRef} className="skill-chips" aria-label={label ?? t('skillPicker.chosen')}>
      {skills.map((skill, index) => {
        const text = skill.labels?.[lang] ?? skill.label;
        return (
          <li key={skill.id} className="skill-chip">
            <span className="skill-chip__label">{text}</span>
            <button
              type="button"
              className="skill-chip__remove"
              aria-label={t('skillPicker.remove', { label: text })}
              disabled={disabled}
              onClick={() => {
                removedIndex.current = index;
                onRemove(skill.id);
              }}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
