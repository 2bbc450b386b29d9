/**
 * What a site's port answers before its server has it (global-setup.ts): 503 while the site is being
 * built, 500 with the reason when it could not be built or served.
 */
export const BUILDING_STATUS = 503;
export const BUILD_FAILED_STATUS = 500;
