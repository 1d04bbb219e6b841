import { type Core, type ElementDefinition } from 'cytoscape';

// Fixed for an element's lifetime in cytoscape; changing them means a new element (a new id).
const structural = new Set(['id', 'parent', 'source', 'target']);

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  for (const key in b) if (a[key] !== b[key]) return false;
  for (const key in a) if (!(key in b)) return false;
  return true;
}

function mutableData(data: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key in data) if (!structural.has(key)) result[key] = data[key];
  return result;
}

/**
 * Brings cytoscape from the `previous` scene to `next` in one batch: removes what is gone, adds
 * what is new, and touches only elements whose data, classes or position changed. A refresh with
 * few changes costs a few element updates instead of a full redraw, and nothing jumps.
 */
export function applyScene(
  cy: Core,
  previous: ReadonlyMap<string, ElementDefinition>,
  next: readonly ElementDefinition[],
): Map<string, ElementDefinition> {
  const byId = new Map<string, ElementDefinition>();
  for (const element of next) byId.set(element.data.id!, element);
  cy.batch(() => {
    const gone = [...previous.keys()].filter((id) => !byId.has(id));
    if (gone.length > 0) {
      // merge() grows the collection in place; union() would copy it once per element.
      const removals = cy.collection();
      for (const id of gone) removals.merge(cy.getElementById(id));
      cy.remove(removals);
    }
    const additions: ElementDefinition[] = [];
    for (const element of next) {
      const id = element.data.id!;
      const before = previous.get(id);
      const drawn = before ? cy.getElementById(id) : undefined;
      // Removing a box removes what is inside it; whatever the new scene keeps comes back here.
      if (!before || !drawn || drawn.empty() || drawn.removed()) {
        additions.push(element);
        continue;
      }
      if (!sameData(before.data, element.data)) drawn.data(mutableData(element.data));
      if ((before.classes ?? '') !== (element.classes ?? '')) drawn.classes(element.classes ?? '');
      const position = element.position;
      if (position && (before.position?.x !== position.x || before.position?.y !== position.y)) {
        drawn.position(position);
      }
    }
    if (additions.length > 0) cy.add(additions);
  });
  return byId;
}
