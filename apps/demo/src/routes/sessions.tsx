import { SessionsPage } from '../pages/Sessions.tsx';
import type { TitleHandle } from '../title.tsx';

export const handle: TitleHandle = { title: 'ui.sessions.title' };

export default SessionsPage;
