import { renderToStaticMarkup } from 'react-dom/server';
import { ReachabilityIcon } from '../../features/clusters/components/reachability-icon';
import { StateIcon, type StateTone } from './state-icon';

const pathOf = (markup: string) => /<path d="([^"]+)"/.exec(markup)?.[1];

describe('state icons', () => {
  it('draw each state tone with its own shape, hidden from screen readers (the word says it)', () => {
    const tones: StateTone[] = ['ok', 'degraded', 'failing', 'unknown'];
    const markups = tones.map((tone) => renderToStaticMarkup(<StateIcon tone={tone} />));
    expect(new Set(markups.map(pathOf)).size).toBe(tones.length);
    for (const markup of markups) {
      expect(markup).toContain('class="state-icon"');
      expect(markup).toContain('aria-hidden="true"');
      expect(markup).toContain('stroke="currentColor"');
    }
  });

  it('draw each reachability with its own shape', () => {
    const states = ['REACHABLE', 'PENDING', 'UNREACHABLE', 'UNAUTHORIZED'] as const;
    const markups = states.map((state) =>
      renderToStaticMarkup(<ReachabilityIcon reachability={state} />),
    );
    expect(new Set(markups.map(pathOf)).size).toBe(states.length);
    expect(markups.every((markup) => markup.includes('class="reachability-icon"'))).toBe(true);
  });
});
