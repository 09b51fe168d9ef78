import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { LOCALES } from '@kafaat/shared';
import { resources } from '../i18n';
import { renderApp } from '../testing/renderApp';
import { paths } from './paths';

describe('home page', () => {
  it.each(LOCALES)('in %s, has a single h1 and an accessible name on every form control', async (locale) => {
    const { container } = renderApp(`/?lang=${locale}`);
    const text = resources[locale].translation;

    expect(await screen.findAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(text.home.hero.title);

    const controls = container.querySelectorAll('input, select, textarea, button');
    expect(controls.length).toBeGreaterThan(0); // at least the language switcher
    for (const control of controls) expect(control).toHaveAccessibleName();
  });

  it('speaks to each kind of user with a card of what they can do', async () => {
    renderApp('/?lang=en');
    const { audiences } = resources.en.translation.home;
    const section = await screen.findByRole('region', { name: audiences.title });
    const cards = within(section).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(cards).toEqual([
      audiences.diaspora.title,
      audiences.migrant.title,
      audiences.employer.title,
      audiences.officer.title,
      audiences.assessor.title,
    ]);
    const migrantCard = within(section).getByRole('list', { name: audiences.migrant.title });
    expect(migrantCard).toHaveTextContent(audiences.migrant.point3);
  });

  it('explains missions and validation step by step, and promises employers never see residence status', async () => {
    renderApp('/?lang=en');
    const { how, privacy } = resources.en.translation.home;
    const missions = await screen.findByRole('list', { name: how.missions.title });
    expect(within(missions).getAllByRole('listitem')).toHaveLength(5);
    expect(within(screen.getByRole('list', { name: how.validation.title })).getAllByRole('listitem')).toHaveLength(5);
    expect(screen.getByRole('region', { name: privacy.title })).toHaveTextContent(privacy.point1);
  });

  it('numbers the steps with Intl for the language (Western digits in Arabic, as read in Morocco)', async () => {
    renderApp('/?lang=ar');
    const missions = await screen.findByRole('list', { name: resources.ar.translation.home.how.missions.title });
    expect(within(missions).getAllByRole('listitem').map((item) => item.textContent?.trim().charAt(0))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
  });

  it('has no dead links: each one goes to a page of the app or to a section of this page', async () => {
    renderApp('/');
    const links = await screen.findAllByRole('link');
    const pages: string[] = Object.values(paths);
    for (const link of links) {
      const href = link.getAttribute('href') ?? '';
      if (href.startsWith('#')) expect(document.getElementById(href.slice(1)), href).not.toBeNull();
      else expect(pages, href).toContain(new URL(href, window.location.origin).pathname);
    }
  });

  it('lets keyboard users skip straight to the content', async () => {
    const { user } = renderApp('/');
    await user.tab();
    const skip = screen.getByRole('link', { name: resources.fr.translation.layout.skipToContent });
    expect(skip).toHaveFocus();
    expect(skip).toHaveAttribute('href', '#main');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
  });
});
