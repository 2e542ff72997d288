import { asUiText, normalizeNode, normalizeNodes, normalizeUi } from '../src/model.ts';
import { orderNodes } from '../src/form/order.ts';
import { safeUrl } from '../src/util/url.ts';
import { autocompleteFor, humanizeName } from '../src/nodes/helpers.ts';
import { loginFlow, recoverySentEmail } from './fixtures/flows.ts';

describe('normalizeUi', () => {
  test('a missing or broken container is a problem, not an exception', () => {
    expect(normalizeUi(undefined).problem).toBe('missing_ui');
    expect(normalizeUi(null).problem).toBe('missing_ui');
    expect(normalizeUi('ui').problem).toBe('missing_ui');
    expect(normalizeUi([]).problem).toBe('missing_ui');
    expect(normalizeUi({ action: 'x', method: 'POST', nodes: {} }).problem).toBe('nodes_not_array');
    expect(normalizeUi({ action: 'x', method: 'POST', nodes: 'a' }).problem).toBe('nodes_not_array');
  });

  test('wrong attribute types become safe defaults', () => {
    const { ui, problem } = normalizeUi({ action: 42, method: 7, messages: 'nope', nodes: [null, 1, 'x', { type: 'input', attributes: { name: 5, type: null, disabled: 'yes', required: 'true' } }] });
    expect(problem).toBeUndefined();
    expect(ui.action).toBe('42');
    expect(ui.method).toBe('post');
    expect(ui.messages).toEqual([]);
    expect(ui.nodes).toHaveLength(4);
    const input = ui.nodes[3]?.attributes;
    expect(input).toMatchObject({ node_type: 'input', name: '5', type: 'text', disabled: false, required: true });
    expect(ui.nodes[0]?.attributes.node_type).toBe('unknown');
  });

  test('GET is kept, anything else posts', () => {
    expect(normalizeUi({ action: '/a', method: 'GET', nodes: [] }).ui.method).toBe('get');
    expect(normalizeUi({ action: '/a', method: 'PATCH', nodes: [] }).ui.method).toBe('post');
  });
});

describe('normalizeNode', () => {
  test('every node type', () => {
    expect(normalizeNode({ type: 'img', attributes: { src: 'data:image/png;base64,x', width: '256', height: 256, id: 'totp_qr' } }).attributes).toEqual({
      node_type: 'img',
      id: 'totp_qr',
      src: 'data:image/png;base64,x',
      width: 256,
      height: 256,
    });
    expect(normalizeNode({ type: 'a', attributes: { href: '/x', title: { id: 1, text: 'T', type: 'info' }, id: 'a' } }).attributes).toMatchObject({ node_type: 'a', href: '/x' });
    expect(normalizeNode({ type: 'text', attributes: { text: 'plain', id: 't' } }).attributes).toMatchObject({ node_type: 'text', text: { text: 'plain' } });
    expect(normalizeNode({ type: 'script', attributes: { src: '/s.js' } }).attributes).toMatchObject({ node_type: 'script', async: true, src: '/s.js' });
    expect(normalizeNode({ type: 'video', attributes: {} }).attributes).toEqual({ node_type: 'unknown', type: 'video' });
  });

  test('messages and labels that are not UiTexts are dropped', () => {
    const n = normalizeNode({ type: 'input', attributes: { name: 'x', type: 'text' }, messages: [null, { foo: 5 }, { id: 'x' }, 'text', { id: 4000002, text: 'ok', type: 'error' }], meta: { label: 'str' } });
    expect(n.messages).toEqual([{ id: 4000002, text: 'ok', type: 'error' }]);
    expect(n.label).toBeUndefined();
    expect(asUiText({ id: 1, text: 'a', type: 'info', context: { x: 1 } })).toEqual({ id: 1, text: 'a', type: 'info', context: { x: 1 } });
  });

  test('keys are unique and stable among siblings', () => {
    const nodes = normalizeNodes(loginFlow.ui.nodes);
    const keys = nodes.map((n) => n.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(normalizeNodes(loginFlow.ui.nodes).map((n) => n.key)).toEqual(keys);
  });
});

describe('orderNodes', () => {
  test('groups in the default order, social sign-in last, server order inside a group', () => {
    const ordered = orderNodes(normalizeNodes(loginFlow.ui.nodes)).map((n) => `${n.group}:${n.attributes.node_type === 'input' ? n.attributes.name : ''}`);
    expect(ordered).toEqual([
      'default:csrf_token',
      'default:identifier',
      'password:password',
      'password:method',
      'webauthn:method',
      'oidc:provider',
      'oidc:provider',
    ]);
  });

  test('"Resend code" comes after the main submit of its group', () => {
    const ordered = orderNodes(normalizeNodes(recoverySentEmail.ui.nodes)).map((n) => (n.attributes.node_type === 'input' ? `${n.attributes.name}:${n.attributes.type}` : ''));
    expect(ordered).toEqual(['csrf_token:hidden', 'code:number', 'method:hidden', 'method:submit', 'email:submit']);
  });

  test('custom group order, name order and compare function (a throwing one is ignored)', () => {
    const nodes = normalizeNodes(loginFlow.ui.nodes);
    expect(orderNodes(nodes, ['oidc', 'default', 'password', 'webauthn'])[0]?.group).toBe('oidc');
    expect(orderNodes(nodes, ['webauthn'])[0]?.group).toBe('webauthn');
    expect(normalizeNode({ type: 'input', attributes: { name: 'n' }, messages: [{ text: 5 }] }).messages[0]?.text).toBe('5');
    const byName = orderNodes(nodes, undefined, ['identifier', 'csrf_token']).map((n) => (n.attributes.node_type === 'input' ? n.attributes.name : ''));
    expect(byName.slice(0, 2)).toEqual(['identifier', 'csrf_token']);
    expect(() => orderNodes(nodes, undefined, () => { throw new Error('x'); })).not.toThrow();
  });
});

describe('helpers', () => {
  test('safeUrl refuses script URLs', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl(' JaVaScRiPt:alert(1)')).toBeUndefined();
    expect(safeUrl('java\tscript:alert(1)')).toBeUndefined();
    expect(safeUrl('vbscript:x')).toBeUndefined();
    expect(safeUrl('data:text/html,<script>')).toBeUndefined();
    expect(safeUrl('data:image/png;base64,AAA')).toBeUndefined();
    expect(safeUrl('data:image/png;base64,AAA', true)).toBe('data:image/png;base64,AAA');
    expect(safeUrl('https://x.test/a')).toBe('https://x.test/a');
    expect(safeUrl('/relative?x=1')).toBe('/relative?x=1');
    expect(safeUrl('mailto:a@b.c')).toBe('mailto:a@b.c');
    expect(safeUrl(42)).toBeUndefined();
  });

  test('autocomplete defaults', () => {
    const a = (name: string, type: string, autocomplete?: string) =>
      ({ node_type: 'input', name, type, value: '', disabled: false, required: false, pattern: undefined, autocomplete, maxlength: undefined, onclick: undefined, onclickTrigger: undefined, label: undefined }) as const;
    expect(autocompleteFor(a('identifier', 'text'), 'login')).toBe('username');
    expect(autocompleteFor(a('password_identifier', 'text'), 'login')).toBe('username');
    expect(autocompleteFor(a('password', 'password'), 'login')).toBe('current-password');
    expect(autocompleteFor(a('password', 'password'), 'registration')).toBe('new-password');
    expect(autocompleteFor(a('password', 'password'), 'settings')).toBe('new-password');
    expect(autocompleteFor(a('traits.email', 'email'), 'registration')).toBe('email');
    expect(autocompleteFor(a('email', 'email'), 'recovery')).toBe('email');
    expect(autocompleteFor(a('totp_code', 'text'), 'login')).toBe('one-time-code');
    expect(autocompleteFor(a('code', 'number'), 'recovery')).toBe('one-time-code');
    expect(autocompleteFor(a('lookup_secret', 'text'), 'login')).toBe('one-time-code');
    expect(autocompleteFor(a('traits.name.first', 'text'), 'registration')).toBe('given-name');
    expect(autocompleteFor(a('traits.name.last', 'text'), 'registration')).toBe('family-name');
    expect(autocompleteFor(a('identifier', 'text', 'username webauthn'), 'login')).toBe('username webauthn');
    expect(autocompleteFor(a('traits.favorite', 'text'), 'registration')).toBeUndefined();
  });

  test('humanizeName', () => {
    expect(humanizeName('traits.name.first')).toBe('First');
    expect(humanizeName('traits.phone_number')).toBe('Phone number');
    expect(humanizeName('traits.favoriteColor')).toBe('Favorite Color');
  });
});
