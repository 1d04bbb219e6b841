import { type Core } from 'cytoscape';
import { type Rect } from '../layout/graph-geometry';

const durationMs = 350;

/** The zoom and pan that show `rect` with `padding` screen pixels around it. */
export function cameraFor(
  rect: Rect,
  width: number,
  height: number,
  padding: number,
  limits: { min: number; max: number },
): { zoom: number; pan: { x: number; y: number } } {
  const zoom = Math.min(
    limits.max,
    Math.max(
      limits.min,
      Math.min(
        (width - 2 * padding) / Math.max(rect.width, 1),
        (height - 2 * padding) / Math.max(rect.height, 1),
      ),
    ),
  );
  return {
    zoom,
    pan: {
      x: width / 2 - (rect.x + rect.width / 2) * zoom,
      y: height / 2 - (rect.y + rect.height / 2) * zoom,
    },
  };
}

/**
 * Glides the camera to show `rect` in the part of the canvas not covered on the right by
 * `coveredRight` pixels (the side panel); opening a closed box is this plus the semantic zoom.
 */
export function glideTo(cy: Core, rect: Rect, padding = 40, coveredRight = 0): void {
  const target = cameraFor(rect, Math.max(cy.width() - coveredRight, 200), cy.height(), padding, {
    min: cy.minZoom(),
    max: Math.min(cy.maxZoom(), 1.5),
  });
  cy.stop();
  cy.animate(
    { zoom: target.zoom, pan: target.pan },
    { duration: durationMs, easing: 'ease-in-out-cubic' },
  );
}
