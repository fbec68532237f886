import type { SignInMethod } from './components/SignInMethods.tsx';

const METHOD_HASHES: Record<string, SignInMethod> = {
  '#account-token': 'token',
  '#account-password': 'password',
};

/**
 * The popup links to `#account-token` or `#account-password` to open a sign-in form. The page answers with
 * that form open and puts `#account` back, so the navigation and the scroll position work as for `#account`.
 */
export function takeSignInMethodFromHash(): SignInMethod | undefined {
  const method = METHOD_HASHES[location.hash];
  if (method !== undefined) history.replaceState(null, '', '#account');
  return method;
}
