import { NotFoundPage } from '../pages/NotFound.tsx';

export default NotFoundPage;
