import cytoscape, { type ElementDefinition } from 'cytoscape';
import { applyScene } from './apply-scene';

const node = (
  id: string,
  x: number,
  extra: Record<string, unknown> = {},
  classes = '',
): ElementDefinition => ({
  group: 'nodes',
  data: { id, label: id, ...extra },
  position: { x, y: 0 },
  classes,
});
const edge = (id: string, source: string, target: string): ElementDefinition => ({
  group: 'edges',
  data: { id, source, target },
});

describe('applyScene', () => {
  it('adds, updates and removes only what changed between two scenes', () => {
    const cy = cytoscape({ headless: true, styleEnabled: false });
    const first = [node('a', 0), node('b', 10), node('c', 20), edge('ab', 'a', 'b')];
    let drawn = applyScene(cy, new Map(), first);
    const a = cy.getElementById('a');
    expect(cy.elements().length).toBe(4);

    const second = [
      node('a', 0),
      node('b', 15, { tone: 'failing' }, 'highlighted'),
      node('d', 30),
      edge('ab', 'a', 'b'),
      edge('bd', 'b', 'd'),
    ];
    drawn = applyScene(cy, drawn, second);

    expect(cy.getElementById('a')).toBe(a);
    expect(cy.getElementById('c').empty()).toBe(true);
    expect(cy.getElementById('b').data('tone')).toBe('failing');
    expect(cy.getElementById('b').hasClass('highlighted')).toBe(true);
    expect(cy.getElementById('b').position()).toEqual({ x: 15, y: 0 });
    expect(cy.getElementById('bd').source().id()).toBe('b');
    expect([...drawn.keys()].sort()).toEqual(['a', 'ab', 'b', 'bd', 'd']);
    cy.destroy();
  });

  it('puts back an edge that went with a removed node when the next scene still has it', () => {
    const cy = cytoscape({ headless: true, styleEnabled: false });
    let drawn = applyScene(cy, new Map(), [node('a', 0), node('b', 10), edge('ab', 'a', 'b')]);
    // Removing 'b' takes 'ab' with it; both come back in the same scene under the same ids.
    drawn = applyScene(cy, drawn, [node('a', 0)]);
    drawn = applyScene(cy, drawn, [node('a', 0), node('b', 10), edge('ab', 'a', 'b')]);
    expect(cy.getElementById('ab').nonempty()).toBe(true);
    expect(drawn.size).toBe(3);
    cy.destroy();
  });
});
