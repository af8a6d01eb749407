/** The release this code is; kept equal to package.json's version (a unit test compares them). */
export const VERSION = "0.1.0";
