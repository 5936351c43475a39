/** The name an erased person's posts and questions keep pointing at. */
export const ERASED_NAME = 'Former participant';
