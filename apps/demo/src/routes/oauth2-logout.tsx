import { OAuth2LogoutPage } from '../pages/oauth2/Logout.tsx';

export default OAuth2LogoutPage;
