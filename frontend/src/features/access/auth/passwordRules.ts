/** The API's minimum length of a password (minLength in the contract); the forms say it up front. */
export const PASSWORD_MIN_LENGTH = 12
