/**
 * Fees and costs for SAR, FOI and EIR (issue #4): the numbers live in processes/fees.dmn, evaluated by a
 * standalone DMN engine so an administrator changes a rate there, not in Java; a fees notice renders as a PDF.
 */
package org.rightsdesk.fees;
