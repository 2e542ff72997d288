export { anchorNode, csrfNode, imageNode, inputNode, nodeId, nodeValue, scriptNode, submitNode, textNode } from './builders.ts';
export type { InputOptions, ScriptOptions } from './builders.ts';
export { text } from './text.ts';
export type { Autocomplete, InputType, UiNode, UiNodeGroup, UiText } from './types.ts';
