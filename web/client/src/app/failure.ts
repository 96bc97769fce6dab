import { ApiError } from '../api/rest';
import { bilingual, type Bilingual } from '../i18n/i18n';

/** Any thrown thing as a message in both languages: the server's own when it gave one. */
export function failure(error: unknown): Bilingual {
  if (error instanceof ApiError) return { message: error.message, messageEn: error.messageEn };
  return bilingual('networkError');
}
