/**
 * Type a few letters of a skill in French, Arabic or English, pick it from the taxonomy's suggestions. A WAI-ARIA
 * combobox (APG "list autocomplete" pattern): the input keeps focus, arrows move through the options, Enter picks,
 * Escape closes then clears; a tap or click picks too. After each pick the input empties and keeps focus, so a person
 * on a phone adds several skills without the keyboard closing. A hidden live region says how many skills were
 * found, that none were, or which skill was added.
 */
import { useEffect, useId, useImperativeHandle, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { SkillSuggestion } from '@kafaat/shared';
import { currentLocale } from '../../i18n';
import { SUGGEST_QUERY_MAX, useSkillSuggestions } from './skillsApi';
import { useDebouncedValue } from './useDebouncedValue';

/** Pause in typing before a search is sent. */
const DEBOUNCE_MS = 200;

export type SkillPickerProps = {
  /** The visible label of the input ("Vos compétences"). */
  label: ReactNode;
  /** Called with the chosen skill; the input then clears and keeps focus, ready for the next one. */
  onSelect(skill: SkillSuggestion): void;
  /** Ids already chosen: still listed, so nobody wonders where they went, but marked "already added" and not pickable. */
  exclude?: readonly string[];
  /** The input's id (for an error summary link); generated when absent. */
  id?: string;
  disabled?: boolean;
  /** Help under the label; by default, that any of the three languages may be typed. */
  description?: ReactNode;
  /** The input, e.g. for SkillChips to bring focus back here when the last chip is removed. */
  ref?: Ref<HTMLInputElement | null>;
};

export function SkillPicker({ label, onSelect, exclude = [], id, disabled = false, description, ref }: SkillPickerProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLocale(i18n);
  const generatedId = useId();
  const inputId = id ?? `${generatedId}-input`;
  const labelId = `${generatedId}-label`;
  const descriptionId = `${generatedId}-description`;
  const listboxId = `${generatedId}-listbox`;
  const optionId = (index: number) => `${generatedId}-option-${index}`;

  const rootRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  useImperativeHandle<HTMLInputElement | null, HTMLInputElement | null>(ref, () => inputRef.current, []);

  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  const [added, setAdded] = useState<string | null>(null);

  const typed = text.trim();
  const debounced = useDebouncedValue(typed, DEBOUNCE_MS);
  const suggestions = useSkillSuggestions(debounced, lang);
  const items = typed === '' ? [] : suggestions.items;
  const excluded = new Set(exclude);

  const searching = typed !== '' && (typed !== debounced || suggestions.isFetching);
  const showEmpty = typed !== '' && !searching && suggestions.isCurrent && items.length === 0;
  const showError = typed !== '' && !searching && suggestions.isError;
  const popupShown = open && !disabled && typed !== '' && (items.length > 0 || searching || showEmpty || showError);
  const expanded = popupShown && items.length > 0;
  const active = expanded && activeIndex < items.length ? activeIndex : -1;

  useEffect(() => {
    if (active < 0) return;
    const option = listRef.current?.children[active];
    option?.scrollIntoView?.({ block: 'nearest' }); // Absent in jsdom.
  }, [active]);

  const labelOf = (skill: SkillSuggestion) => skill.labels[lang];

  function choose(skill: SkillSuggestion) {
    if (excluded.has(skill.id)) return;
    onSelect(skill);
    setText('');
    setOpen(false);
    setActiveIndex(-1);
    setAdded(labelOf(skill));
    inputRef.current?.focus();
  }

  function move(step: 1 | -1) {
    if (items.length === 0) return;
    if (active < 0) setActiveIndex(step > 0 ? 0 : items.length - 1);
    else setActiveIndex((active + step + items.length) % items.length);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        if (typed === '') return;
        event.preventDefault();
        setOpen(true);
        if (popupShown) move(event.key === 'ArrowDown' ? 1 : -1);
        return;
      case 'Enter': {
        const skill = active >= 0 ? items[active] : undefined;
        if (skill) choose(skill);
        if (typed !== '') event.preventDefault(); // Never submit the surrounding form with half a word typed.
        return;
      }
      case 'Escape':
        if (popupShown) {
          setOpen(false);
          setActiveIndex(-1);
        } else if (text !== '') {
          setText('');
        } else {
          return; // Nothing to undo here: let a surrounding dialog hear Escape.
        }
        event.preventDefault();
        event.stopPropagation();
        return;
    }
  }

  function onBlur(event: FocusEvent<HTMLDivElement>) {
    // Focus moving to the Retry button stays inside; anywhere else closes the list.
    if (!rootRef.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
  }

  function retry() {
    void suggestions.refetch();
    inputRef.current?.focus();
  }

  let announcement = '';
  if (added) announcement = t('skillPicker.added', { label: added });
  else if (showError) announcement = t('skillPicker.error');
  else if (showEmpty) announcement = t('skillPicker.empty');
  else if (typed !== '' && !searching && suggestions.isCurrent) announcement = t('skillPicker.results', { count: items.length });

  return (
    <div ref={rootRef} className="field skill-picker" onBlur={onBlur}>
      <label id={labelId} htmlFor={inputId} className="field__label">
        {label}
      </label>
      <p id={descriptionId} className="field__hint">
        {description ?? t('skillPicker.hint')}
      </p>
      <div className="skill-picker__control">
        <input
          ref={inputRef}
          id={inputId}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={active >= 0 ? optionId(active) : undefined}
          aria-describedby={descriptionId}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={SUGGEST_QUERY_MAX}
          disabled={disabled}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActiveIndex(-1);
            setAdded(null);
          }}
          onClick={() => setOpen(true)}
          onKeyDown={onKeyDown}
        />
        <div className="skill-picker__popup" hidden={!popupShown}>
          <ul ref={listRef} id={listboxId} role="listbox" aria-labelledby={labelId} className="skill-picker__listbox" hidden={!expanded}>
            {items.map((skill, index) => {
              const isExcluded = excluded.has(skill.id);
              return (
                // Keyboard users reach options through the input (aria-activedescendant), so no key handler here.
                <li
                  key={skill.id}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === active}
                  aria-disabled={isExcluded || undefined}
                  className="skill-picker__option"
                  onMouseDown={(event) => event.preventDefault()} // Keeps focus (and the phone keyboard) in the input.
                  onPointerMove={(event) => {
                    if (event.pointerType === 'mouse' && index !== active) setActiveIndex(index);
                  }}
                  onClick={() => choose(skill)}
                >
                  <span className="skill-picker__label">{labelOf(skill)}</span>
                  <span className="skill-picker__sector">
                    {t(`sectors.${skill.sector}`)}
                    {isExcluded ? ` · ${t('skillPicker.alreadyAdded')}` : null}
                  </span>
                </li>
              );
            })}
          </ul>
          {searching ? <p className="skill-picker__message">{t('skillPicker.searching')}</p> : null}
          {showEmpty ? <p className="skill-picker__message">{t('skillPicker.empty')}</p> : null}
          {showError ? (
            <div className="skill-picker__message skill-picker__message--error">
              <p>{t('skillPicker.error')}</p>
              <button type="button" className="button button--secondary" onClick={retry}>
                {t('common.retry')}
              </button>
            </div>
          ) : null}
        </div>
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
