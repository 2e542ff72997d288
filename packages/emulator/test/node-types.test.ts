import type { UiContainer as ClientContainer, UiNode as ClientNode, UiText as ClientText } from '@orykit/client';
import { describe, expectTypeOf, it } from 'vitest';
import type { UiContainer, UiNode, UiText } from '../src/nodes/types.ts';

// The emulator declares the node shapes itself (it depends on no orykit package); these must stay
// interchangeable with the client's types, which are generated from the spec.
describe('node types', () => {
  it('match the spec-generated client types both ways', () => {
    expectTypeOf<UiText>().toExtend<ClientText>();
    expectTypeOf<ClientText>().toExtend<UiText>();
    expectTypeOf<UiNode>().toExtend<ClientNode>();
    expectTypeOf<ClientNode>().toExtend<UiNode>();
    expectTypeOf<UiContainer>().toExtend<ClientContainer>();
    expectTypeOf<ClientContainer>().toExtend<UiContainer>();
  });
});
