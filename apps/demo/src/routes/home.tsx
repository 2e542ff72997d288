import { HomePage } from '../pages/Home.tsx';
import type { TitleHandle } from '../title.tsx';

export const handle: TitleHandle = { title: 'demo.nav.home' };

export default HomePage;
