/** The IndexedDB database name, apart from the storage code so the page can look for it without loading that code. */
export const DB_NAME = "yuqi-mingbai-call-log";
