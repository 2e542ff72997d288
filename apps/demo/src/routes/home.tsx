import { HomePage } from '../pages/Home.tsx';

export default HomePage;
