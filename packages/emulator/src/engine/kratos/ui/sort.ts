import { nodeId, nodeValue } from '../../../nodes/builders.ts';
import type { UiNode, UiNodeGroup } from '../../../nodes/types.ts';

export interface SortOptions {
  groups: UiNodeGroup[];
  keys?: string[];
}

/** fmt.Sprintf("%v", value) closely enough to break ties the way Kratos does. */
function goString(v: unknown): string {
  if (v === undefined || v === null) return '<nil>';
  if (typeof v === 'object') return '&' + JSON.stringify(v);
  return String(v);
}

/**
 * node.Nodes.SortBySchema: groups in the given order (unknown groups first), then within a group
 * by the first key that is a prefix of the node id, `method` buttons last, ties by value.
 */
export function sortNodes(nodes: UiNode[], o: SortOptions): UiNode[] {
  const keys = o.keys ?? [];
  const groupIndex = (g: UiNodeGroup): number => o.groups.indexOf(g);
  const position = (n: UiNode): number => {
    const id = nodeId(n);
    if (id === 'method') return nodes.length + keys.length + 1;
    const i = keys.findIndex((k) => id.startsWith(k));
    return i >= 0 ? i : keys.length;
  };
  const byGroup = [...nodes].sort((a, b) => groupIndex(a.group) - groupIndex(b.group));
  const out: UiNode[] = [];
  let i = 0;
  while (i < byGroup.length) {
    let j = i;
    while (j < byGroup.length && byGroup[j]!.group === byGroup[i]!.group) j++;
    const segment = byGroup.slice(i, j).sort((a, b) => {
      const d = position(a) - position(b);
      if (d) return d;
      const va = goString(nodeValue(a));
      const vb = goString(nodeValue(b));
      return va < vb ? -1 : va > vb ? 1 : 0;
    });
    out.push(...segment);
    i = j;
  }
  return out;
}
