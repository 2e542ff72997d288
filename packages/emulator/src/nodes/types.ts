import type { UiNode, UiText, UiNodeInputAttributes } from '@orykit/client';

export type { UiNode, UiText, UiNodeInputAttributes };
export type UiNodeGroup = UiNode['group'];
export type InputType = UiNodeInputAttributes['type'];
export type Autocomplete = NonNullable<UiNodeInputAttributes['autocomplete']>;
