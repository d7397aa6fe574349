import type { Core } from 'cytoscape';

/**
 * Force-directed layout (Cytoscape's built-in cose). The first drawing starts from random positions;
 * after an expansion it starts from the current ones, so the picture the user knows stays in place.
 */
export function layout(cy: Core, fresh: boolean): void {
  cy.layout({
    name: 'cose',
    animate: false,
    randomize: fresh,
    fit: true,
    padding: 40,
    nodeRepulsion: () => 40_000,
    idealEdgeLength: () => 90,
    nodeDimensionsIncludeLabels: true,
  }).run();
}
