package org.rightsdesk.dashboard;

/** The dashboard's two urgency lists: open cases with a running clock due soon, or past their due date. */
enum Due {
  SOON,
  OVERDUE
}
