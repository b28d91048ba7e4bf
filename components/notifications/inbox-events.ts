/**
 * The DOM event that tells the inbox badge to count again: the live stream dispatches it when a notification
 * arrives, and the inbox when the user marks items read.
 */
export const NOTIFICATION_EVENT = "claimwise:notification";

export const announceInboxChange = () => window.dispatchEvent(new Event(NOTIFICATION_EVENT));
