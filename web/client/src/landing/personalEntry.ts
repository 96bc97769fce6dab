/**
 * What the `/entra/{token}` page does after the server refused to let the person in without a notice version: the link
 * itself is checked first (docs/protocol.md, `POST /api/join/personal`), so a refusal about the notice means the link is
 * good and the notice is what is missing; anything else (unknown, revoked, closed lab) is the link's refusal.
 */
export function afterRefusal(code: string): 'notice' | 'refused' {
  return code === 'privacy_required' || code === 'privacy_outdated' ? 'notice' : 'refused';
}
