import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { Highlighted, parseHighlight, unescapeHtml } from './highlight';

describe('search highlights', () => {
  it('splits the server string into text and marked words, decoding the entities it escaped', () => {
    expect(parseHighlight('Ingénieure <em>soudure</em> &amp; <em>TIG</em> chez Airbus &quot;A350&quot;')).toEqual([
      { text: 'Ingénieure ', marked: false },
      { text: 'soudure', marked: true },
      { text: ' & ', marked: false },
      { text: 'TIG', marked: true },
      { text: ' chez Airbus "A350"', marked: false },
    ]);
  });

  it('decodes an entity once only, so text that was about entities reads as written', () => {
    expect(unescapeHtml('&amp;lt;b&amp;gt; &#39;x&#39; &#x41; &nbsp;')).toBe("&lt;b&gt; 'x' A &nbsp;");
  });

  it('renders matches as <mark> and escaped markup as visible text, never as elements', () => {
    const { container } = render(
      <p>
        <Highlighted html={'<em>Soudure</em> &lt;script&gt;alert(1)&lt;/script&gt; <b>gras</b> <img src=x onerror=alert(1)>'} />
      </p>,
    );
    const marks = container.querySelectorAll('mark');
    expect([...marks].map((mark) => mark.textContent)).toEqual(['Soudure']);
    expect(container.querySelector('script, b, img')).toBeNull();
    expect(container).toHaveTextContent('Soudure <script>alert(1)</script> <b>gras</b> <img src=x onerror=alert(1)>');
  });

  it('shows the plain text when the server sent no highlight', () => {
    const { container } = render(<Highlighted html={undefined} fallback="Ingénieure soudure" />);
    expect(container.textContent).toBe('Ingénieure soudure');
    expect(container.querySelector('mark')).toBeNull();
  });
});
