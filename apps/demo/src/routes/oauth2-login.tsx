import { OAuth2LoginPage } from '../pages/oauth2/Login.tsx';

export default OAuth2LoginPage;
