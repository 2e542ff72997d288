import { OAuth2ConsentPage } from '../pages/oauth2/Consent.tsx';

export default OAuth2ConsentPage;
