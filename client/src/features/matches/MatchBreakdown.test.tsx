import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { Locale, MatchExplanation } from '@kafaat/shared';
import { createI18n } from '../../i18n';
import { buildExplanation, SKILL_LABELS_FR } from './factories';
import { MatchBreakdown, type Perspective } from './MatchBreakdown';

function renderBreakdown(perspective: Perspective, explanation: MatchExplanation = buildExplanation(), locale: Locale = 'fr') {
  const { container } = render(
    <I18nextProvider i18n={createI18n(locale)}>
      <MatchBreakdown explanation={explanation} skillLabels={SKILL_LABELS_FR} perspective={perspective} />
    </I18nextProvider>,
  );
  const items = [...container.querySelectorAll('li')].map((item) => ({ mark: item.querySelector('.fit__mark')?.textContent, text: item.textContent?.slice(1) }));
  return { container, items };
}

describe('why a talent and an opportunity fit', () => {
  it('tells a manager each required skill: held ✓, covered by a close skill ≈ (which one, how close), missing ✗', () => {
    const { items } = renderBreakdown('manager');
    expect(screen.getByText('Il lui manque au moins une compétence indispensable.')).toBeInTheDocument();
    expect(items).toEqual([
      { mark: '✓', text: 'Soudure : acquise (4 · Expert)Validée' },
      { mark: '≈', text: 'Soudage TIG : couverte par Soudure, une compétence plus généraleValidée' },
      { mark: '✗', text: 'Tuyauterie : manquante' },
      { mark: '≈', text: 'Génie civil : acquise au niveau 1 · Notions (demandé : 2 · Autonome)' },
      { mark: '✓', text: 'français : C1 (demandé : B2)' },
      { mark: '≈', text: 'anglais : B1, en dessous du niveau demandé (B2)' },
    ]);
    expect(screen.getByText('Disponible 8 jours sur les 12 nécessaires.')).toBeInTheDocument();
    expect(screen.getByText('Habite dans la ville où se fait le travail.')).toBeInTheDocument();
    expect(screen.getByText('2 des 4 compétences demandées couvertes par une compétence validée.')).toBeInTheDocument();
  });

  it('tells the talent the same from their side: what they have, what stands in, what they are missing', () => {
    const { items } = renderBreakdown('talent', buildExplanation({ location: { mode: 'onsite', reason: 'mission-too-long', fit: 0.5, missionWeeks: 4, maxMissionWeeks: 2 } }));
    expect(screen.getByText('Il vous manque au moins une compétence indispensable.')).toBeInTheDocument();
    expect(items.map((item) => item.text)).toEqual([
      'Vous avez Soudure (4 · Expert)Validée',
      'Vous n’avez pas Soudage TIG, mais vous avez Soudure, une compétence plus généraleValidée',
      'Il vous manque Tuyauterie',
      'Vous avez Génie civil au niveau 1 · Notions (demandé : 2 · Autonome)',
      'Vous parlez français au niveau C1 (demandé : B2)',
      'Vous parlez anglais au niveau B1, en dessous du niveau demandé (B2)',
    ]);
    expect(screen.getByText('Vous acceptez des missions sur place de 2 semaines au plus ; celle-ci dure 4 semaines.')).toBeInTheDocument();
  });

  it('says the tier in plain words, and leaves out the parts the opportunity does not ask about', () => {
    const explanation = buildExplanation({
      tier: 'all-covered',
      niceToHave: [],
      languages: [],
      availability: { applicable: false, windowsDeclared: false, requiredDays: 0, overlapDays: 0, fit: 0 },
      location: { mode: 'remote', reason: 'remote-not-declared', fit: 0.5, missionWeeks: null, maxMissionWeeks: null },
      verified: { count: 0, of: 0 },
    });
    const { container } = renderBreakdown('manager', explanation);
    expect(container.querySelector('.match-breakdown__tier')).toHaveTextContent(
      'Couvre toutes les compétences indispensables, certaines par une compétence proche ou sous le niveau demandé.',
    );
    const labels = [...container.querySelectorAll('.match-breakdown__label')].map((label) => label.textContent);
    expect(labels).toEqual(['Compétences indispensables', 'Lieu']);
    expect(screen.getByText('Le travail peut se faire à distance, mais le talent n’a pas indiqué travailler à distance.')).toBeInTheDocument();
  });

  it('in Arabic, writes the breakdown in Arabic with the skill names it was given', () => {
    renderBreakdown('talent', buildExplanation({ availability: { applicable: true, windowsDeclared: false, requiredDays: 12, overlapDays: 0, fit: 0.5 } }), 'ar');
    expect(screen.getByText('تنقصك مهارة أساسية واحدة على الأقل.')).toBeInTheDocument();
    expect(within(screen.getByText('المهارات الأساسية').parentElement!).getByText(/تنقصك Tuyauterie/)).toBeInTheDocument();
    expect(screen.getByText(/لم تذكر أي فترة توفر/)).toBeInTheDocument();
  });
});
