import { ErrorPage } from '../pages/Error.tsx';

export default ErrorPage;
