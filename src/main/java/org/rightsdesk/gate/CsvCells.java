package org.rightsdesk.gate;

/**
 * Cell values as written to a cleaned CSV. A text value starting with =, +, -, @, tab or carriage return would
 * run as a formula when the requester opens the CSV in a spreadsheet (OWASP "CSV injection"), so it gets a
 * leading apostrophe; numbers such as "-5" stay as they are.
 */
final class CsvCells {

  private CsvCells() {}

  static String safe(String value) {
    if (value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0 || isNumber(value)) {
      return value;
    }
    return "'" + value;
  }

  private static boolean isNumber(String value) {
    try {
      Double.parseDouble(value.replace(",", ""));
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
