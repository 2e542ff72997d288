import { SessionsPage } from '../pages/Sessions.tsx';

export default SessionsPage;
