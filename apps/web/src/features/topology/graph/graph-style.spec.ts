import cytoscape from 'cytoscape';
import { type GraphPalette } from './graph-palette';
import { graphStyle } from './graph-style';

const palette: GraphPalette = {
  text: '#111111',
  textMuted: '#555555',
  surface: '#ffffff',
  surfaceSunken: '#eeeeee',
  border: '#dddddd',
  borderStrong: '#cccccc',
  accent: '#0000ff',
  halo: '#8888ff',
  edge: '#999999',
  tone: {
    ok: { line: '#008000', fill: '#e0ffe0' },
    degraded: { line: '#aa6600', fill: '#fff0d0' },
    failing: { line: '#cc0000', fill: '#ffe0e0' },
    idle: { line: '#666666', fill: '#ffffff' },
    unknown: { line: '#666666', fill: '#eeeeee' },
  },
};

function styledNode(classes: string) {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: graphStyle(palette, { edgeLabel: 'rate', cheapEdges: false, nodeLabels: 'normal' }),
    elements: [
      { group: 'nodes', data: { id: 'n', label: 'n', tone: 'ok', kind: 'SERVICE' }, classes },
    ],
  });
  const node = cy.getElementById('n');
  return {
    outline: [
      node.style('outline-width'),
      node.style('outline-style'),
      node.style('outline-color'),
    ] as string[],
    border: node.style('border-color') as string,
  };
}

describe('graphStyle', () => {
  it('rings a node whose mesh CA is critical or expired in red, clear of its health border', () => {
    const alerted = styledNode('topology-node certificate-alert');
    expect(alerted.outline).toEqual(['3px', 'solid', 'rgb(204,0,0)']);
    expect(alerted.border).toBe('rgb(0,128,0)');
    expect(styledNode('topology-node').outline[0]).toBe('0px');
  });

  it('lets a Find match keep its dashed ring on an alerted node', () => {
    const both = styledNode('topology-node certificate-alert highlighted');
    expect(both.outline).toEqual(['3px', 'dashed', 'rgb(0,0,255)']);
  });
});
