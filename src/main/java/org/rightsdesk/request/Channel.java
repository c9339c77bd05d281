package org.rightsdesk.request;

/** How a request reached us. Only staff may say it came other than through the web. */
public enum Channel { WEB, EMAIL, POST, PHONE, IN_PERSON }
