/** Bumped whenever a message changes shape. A client with another version is refused at join. */
export const PROTOCOL_VERSION = 2;
