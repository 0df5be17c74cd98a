/**
 * Who is "logged in" to the local org: the persona in the page's address (`?as=supervisor`),
 * the Sender by default. Switching persona loads the page again as that user, as logging in as
 * another user would; the endpoint checks the persona on every call.
 */
export const PERSONA_PARAMETER = 'as';
const DEFAULT_PERSONA = 'sender';

export function currentPersona(): string {
  return new URL(window.location.href).searchParams.get(PERSONA_PARAMETER) ?? DEFAULT_PERSONA;
}

/** The page's address as another persona, keeping the route. */
export function addressAs(persona: string): string {
  const url = new URL(window.location.href);
  url.searchParams.set(PERSONA_PARAMETER, persona);
  return url.toString();
}
