export const hrefs = { login: '/login', registration: '/registration', settings: '/settings' };
