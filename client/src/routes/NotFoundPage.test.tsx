import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { resources } from '../i18n';
import { renderApp } from '../testing/renderApp';

describe('an address that matches no page', () => {
  it('says so in the chosen language and leads back home', async () => {
    const { user } = renderApp('/missions/unknown?lang=ar');
    const { notFound, home } = resources.ar.translation;

    expect(await screen.findByRole('heading', { level: 1, name: notFound.title })).toBeInTheDocument();
    expect(document.title).toContain(notFound.title);

    await user.click(screen.getByRole('link', { name: notFound.home }));
    expect(await screen.findByRole('heading', { level: 1, name: home.hero.title })).toBeInTheDocument();
  });
});
