import type { ActionFunctionArgs, LoaderFunctionArgs } from 'react-router';
import { proxy } from '../ory.server';

export const loader = ({ request }: LoaderFunctionArgs) => proxy(request);
export const action = ({ request }: ActionFunctionArgs) => proxy(request);
