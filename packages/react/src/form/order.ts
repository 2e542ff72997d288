import type { NormalizedNode } from '../model.ts';
import { isVisible } from '../model.ts';
import { isResendButton } from '../nodes/helpers.ts';
import type { NodeOrder } from '../types.ts';

/**
 * The default group order: shared fields first, credentials next, social sign-in last (so pressing
 * Enter in a field never picks a social provider, even with JavaScript off: the browser's default
 * button is the first submit in the form).
 * @example
 * ```ts
 * <Login flow={flow} groupOrder={['oidc', ...DEFAULT_GROUP_ORDER]} />
 * ```
 */
export const DEFAULT_GROUP_ORDER: readonly string[] = [
  'default',
  'profile',
  'password',
  'code',
  'link',
  'totp',
  'lookup_secret',
  'webauthn',
  'oidc',
];

/**
 * Orders nodes by group (`groupOrder`; unknown groups after known ones in first-seen order), then by
 * `nodeOrder` (names listed first, or a compare function), else keeping the server's order (with
 * "Resend code" buttons after their group's other nodes). Stable.
 * @example
 * ```ts
 * orderNodes(normalizeNodes(flow.ui.nodes), undefined, ['identifier', 'password']);
 * ```
 */
export function orderNodes(
  nodes: readonly NormalizedNode[],
  groupOrder: readonly string[] = DEFAULT_GROUP_ORDER,
  nodeOrder?: NodeOrder,
): NormalizedNode[] {
  const groupRank = new Map<string, number>();
  groupOrder.forEach((g, i) => groupRank.set(g, i));
  let next = groupOrder.length;
  for (const n of nodes) if (!groupRank.has(n.group)) groupRank.set(n.group, next++);

  let nameRank: Map<string, number> | undefined;
  if (Array.isArray(nodeOrder)) {
    nameRank = new Map();
    (nodeOrder as readonly string[]).forEach((name, i) => nameRank?.set(name, i));
  }
  const cmp = typeof nodeOrder === 'function' ? nodeOrder : undefined;
  const nameOf = (n: NormalizedNode) => {
    const a = n.attributes;
    return a.node_type === 'input' ? a.name : a.node_type === 'unknown' ? '' : a.id;
  };

  return nodes
    .map((n, i) => ({ n, i }))
    .sort((x, y) => {
      const g = (groupRank.get(x.n.group) ?? 0) - (groupRank.get(y.n.group) ?? 0);
      if (g !== 0) return g;
      if (cmp) {
        const c = safeCompare(cmp, x.n, y.n);
        if (c !== 0) return c;
      } else if (nameRank) {
        const rx = nameRank.get(nameOf(x.n)) ?? Number.MAX_SAFE_INTEGER;
        const ry = nameRank.get(nameOf(y.n)) ?? Number.MAX_SAFE_INTEGER;
        if (rx !== ry) return rx - ry;
      }
      if (!cmp) {
        // "Resend code" goes after the group's main button: the browser submits with the first submit
        // button when Enter is pressed in a field, and that must be "Submit", not "Resend".
        const dx = isResendButton(x.n) ? 1 : 0;
        const dy = isResendButton(y.n) ? 1 : 0;
        if (dx !== dy) return dx - dy;
      }
      return x.i - y.i;
    })
    .map((e) => e.n);
}

function safeCompare(cmp: (a: NormalizedNode['raw'], b: NormalizedNode['raw']) => number, a: NormalizedNode, b: NormalizedNode): number {
  try {
    const c = cmp(a.raw, b.raw);
    return Number.isFinite(c) ? c : 0;
  } catch {
    return 0; // a broken compare function must not break rendering
  }
}

/** Consecutive runs of nodes of the same group. */
export function chunkByGroup(nodes: readonly NormalizedNode[]): Array<{ group: string; nodes: NormalizedNode[] }> {
  const out: Array<{ group: string; nodes: NormalizedNode[] }> = [];
  for (const n of nodes) {
    const last = out[out.length - 1];
    if (last && last.group === n.group) last.nodes.push(n);
    else out.push({ group: n.group, nodes: [n] });
  }
  return out;
}

/** Whether a run of nodes has something to click (a submit or button input). */
export function hasAction(nodes: readonly NormalizedNode[]): boolean {
  return nodes.some((n) => n.attributes.node_type === 'input' && (n.attributes.type === 'submit' || n.attributes.type === 'button'));
}

export function hasVisible(nodes: readonly NormalizedNode[]): boolean {
  return nodes.some(isVisible);
}
