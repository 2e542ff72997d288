// Plain Node: the emulator imports and answers without any build tool.
const { createEmulator, DEMO_IDENTITY } = await import('@orykit/emulator');
const emulator = createEmulator();
const answer = await emulator.handle({ service: 'kratosPublic', method: 'GET', url: '/health/alive', headers: {} });
if (answer.status !== 200 || !DEMO_IDENTITY.email) process.exit(1);
console.log('emulator answered', answer.status);
