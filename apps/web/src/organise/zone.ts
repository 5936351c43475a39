/** Where new events' times are: the API's default zone. */
export const DEFAULT_ZONE = 'Europe/London';
