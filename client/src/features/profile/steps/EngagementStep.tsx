import { useTranslation } from 'react-i18next';
import { ENGAGEMENT_INTERESTS, SECTORS } from '@kafaat/shared';
import { CheckboxField, TextField } from '../../../components/form/Fields';
import { useFormat } from '../../../i18n/format';
import { CheckboxGroup } from '../ChoiceFields';
import { newKey, type AvailabilityDraft, type MobilityDraft } from '../draft';
import type { StepProps } from '../stepProps';
import { useFocusLater } from '../useFocusLater';

/** The most sectors a profile lists (ProfileContentSchema). */
const MAX_SECTORS = 5;

/** Step 5: sectors, what the talent wants to do, how they can work with Morocco, and when they are available. */
export function EngagementStep({ draft, change, form }: StepProps) {
  const { t } = useTranslation();
  const full = draft.sectors.length >= MAX_SECTORS;
  const { mobility } = draft;
  const setMobility = (patch: Partial<MobilityDraft>) => change('mobility', (current) => ({ ...current, ...patch }));

  return (
    <>
      <CheckboxGroup
        form={form}
        path="sectors"
        legend={t('profile.engagement.sectors')}
        hint={full ? t('profile.engagement.sectorsFull') : t('profile.engagement.sectorsHint')}
        choices={SECTORS.map((sector) => ({ value: sector, title: t(`sectors.${sector}`), disabled: full && !draft.sectors.includes(sector) }))}
        values={draft.sectors}
        onChange={(sectors) => change('sectors', sectors)}
      />
      <CheckboxGroup
        form={form}
        path="interests"
        legend={t('profile.engagement.interests')}
        choices={ENGAGEMENT_INTERESTS.map((interest) => ({
          value: interest,
          title: t(`profile.engagement.interestOptions.${interest}.title`),
          hint: t(`profile.engagement.interestOptions.${interest}.hint`),
        }))}
        values={draft.interests}
        onChange={(interests) => change('interests', interests)}
      />
      <fieldset className="field form__group">
        <legend className="field__label">{t('profile.engagement.mobility')}</legend>
        <CheckboxField form={form} path="mobility.remote" label={t('profile.engagement.remote')} checked={mobility.remote} onChange={(e) => setMobility({ remote: e.target.checked })} />
        <CheckboxField
          form={form}
          path="mobility.shortMissions"
          label={t('profile.engagement.shortMissions')}
          checked={mobility.shortMissions}
          onChange={(e) => setMobility({ shortMissions: e.target.checked })}
        />
        {mobility.shortMissions ? (
          <TextField
            form={form}
            path="mobility.maxMissionWeeks"
            label={t('profile.engagement.maxMissionWeeks')}
            hint={t('profile.engagement.maxMissionWeeksHint')}
            optional
            type="number"
            inputMode="numeric"
            min={1}
            max={52}
            className="input--short"
            value={mobility.maxMissionWeeks}
            onChange={(e) => setMobility({ maxMissionWeeks: e.target.value })}
          />
        ) : null}
        <CheckboxField
          form={form}
          path="mobility.relocation"
          label={t('profile.engagement.relocation')}
          checked={mobility.relocation}
          onChange={(e) => setMobility({ relocation: e.target.checked })}
        />
      </fieldset>
      <AvailabilityList draft={draft} change={change} form={form} />
    </>
  );
}

function AvailabilityList({ draft, change, form }: StepProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const focusLater = useFocusLater();
  const addId = form.idFor('availability');
  const listError = form.errors.fields.availability;

  function add() {
    const index = draft.availability.length;
    change('availability', (current) => [...current, { key: newKey(), from: '', to: '', note: '' }]);
    focusLater(form.idFor(`availability.${index}.from`));
  }
  function update(index: number, patch: Partial<AvailabilityDraft>) {
    change('availability', (current) => current.map((window, i) => (i === index ? { ...window, ...patch } : window)));
  }
  function remove(index: number) {
    form.clear(); // Errors are tied to positions in the list, which just changed.
    change('availability', (current) => current.filter((_, i) => i !== index));
    focusLater(addId);
  }

  return (
    <section className="profile-edit-block" aria-labelledby={`${addId}-title`}>
      <h3 id={`${addId}-title`}>{t('profile.engagement.availability')}</h3>
      <p className="field__hint">{t('profile.engagement.availabilityHint')}</p>
      {listError ? <p className="field__error">{listError}</p> : null}
      {draft.availability.length === 0 ? <p className="empty">{t('profile.engagement.availabilityEmpty')}</p> : null}
      <ul className="profile-edit-list" hidden={draft.availability.length === 0}>
        {draft.availability.map((window, index) => {
          const at = (field: string) => `availability.${index}.${field}`;
          const number = format.number(index + 1);
          return (
            <li key={window.key} className="profile-edit-item">
              <fieldset className="form__group">
                <legend className="profile-edit-item__title">{t('profile.engagement.window', { number })}</legend>
                <div className="profile-dates">
                  <TextField form={form} path={at('from')} label={t('profile.engagement.from')} type="date" value={window.from} onChange={(e) => update(index, { from: e.target.value })} />
                  <TextField form={form} path={at('to')} label={t('profile.engagement.to')} type="date" value={window.to} onChange={(e) => update(index, { to: e.target.value })} />
                </div>
                <TextField
                  form={form}
                  path={at('note')} dir="auto"
                  label={t('profile.engagement.note')}
                  hint={t('profile.engagement.noteHint')}
                  optional
                  maxLength={200}
                  value={window.note}
                  onChange={(e) => update(index, { note: e.target.value })}
                />
                <p>
                  <button type="button" className="button button--secondary button--small" onClick={() => remove(index)}>
                    {t('profile.engagement.removeWindow', { number })}
                  </button>
                </p>
              </fieldset>
            </li>
          );
        })}
      </ul>
      <p>
        <button id={addId} type="button" className="button button--secondary" onClick={add}>
          {t('profile.engagement.addWindow')}
        </button>
      </p>
    </section>
  );
}
