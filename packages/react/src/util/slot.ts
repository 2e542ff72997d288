import { createElement, type ComponentType, type ReactNode } from 'react';

/**
 * The element of a `components` slot. The kit's own default (a plain function of its props, without
 * hooks) is called directly: one component less in the tree for every use, which a flow of many nodes
 * feels when it mounts. An app's slot is rendered as a component, as always.
 * @example
 * ```ts
 * slot(C.Label, Label, { htmlFor: id, children: 'Email' });
 * ```
 */
export function slot<P extends object>(Slot: ComponentType<P>, Default: (props: P) => ReactNode, props: P): ReactNode {
  return Slot === Default ? Default(props) : createElement(Slot, props);
}
