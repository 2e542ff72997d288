import { NotFoundPage } from '../pages/NotFound.tsx';
import type { TitleHandle } from '../title.tsx';

export const handle: TitleHandle = { title: 'demo.not_found.title' };

export default NotFoundPage;
