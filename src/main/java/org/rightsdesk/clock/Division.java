package org.rightsdesk.clock;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The three bank-holiday divisions of the UK, as used by the Banking and Financial Dealings Act 1971 Sch 1
 * and by the GOV.UK bank-holidays feed (whose keys are the slugs).
 */
public enum Division {
    ENGLAND_AND_WALES("england-and-wales", "England and Wales"),
    SCOTLAND("scotland", "Scotland"),
    NORTHERN_IRELAND("northern-ireland", "Northern Ireland");

    private final String slug;
    private final String displayName;

    Division(String slug, String displayName) {
        this.slug = slug;
        this.displayName = displayName;
    }

    /** The GOV.UK key, e.g. {@code "england-and-wales"}. */
    public String slug() {
        return slug;
    }

    /** Plain English, e.g. "England and Wales". */
    public String displayName() {
        return displayName;
    }

    /** @throws IllegalArgumentException naming the allowed values when the slug is unknown */
    public static Division fromSlug(String slug) {
        for (Division d : values()) {
            if (d.slug.equals(slug)) {
                return d;
            }
        }
        throw new IllegalArgumentException("Unknown division '" + slug + "'; allowed values: "
                + Arrays.stream(values()).map(Division::slug).collect(Collectors.joining(", ")));
    }
}
