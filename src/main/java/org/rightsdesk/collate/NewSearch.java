package org.rightsdesk.collate;

/** A search to log: which system or folder, who searched, how many minutes it took, and an optional note. */
public record NewSearch(String system, String searchedBy, Integer minutes, String note) {}
