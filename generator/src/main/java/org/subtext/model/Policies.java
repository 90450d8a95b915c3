package org.subtext.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The policies of {@code site.yaml}, each null when not given. Their JSON-LD properties are
 * {@code correctionsPolicy}, {@code publishingPrinciples} (methods), {@code ethicsPolicy} and
 * {@code ownershipFundingInfo}.
 */
public record Policies(Policy corrections, Policy methods, Policy ethics, Policy ownership) {

    public static final Policies NONE = new Policies(null, null, null, null);

    /** The policies given, by their key in {@code site.yaml}, in the contract's order. */
    public Map<String, Policy> given() {
        Map<String, Policy> given = new LinkedHashMap<>();
        put(given, "corrections", corrections);
        put(given, "methods", methods);
        put(given, "ethics", ethics);
        put(given, "ownership", ownership);
        return java.util.Collections.unmodifiableMap(given);
    }

    private static void put(Map<String, Policy> into, String key, Policy policy) {
        if (policy != null) {
            into.put(key, policy);
        }
    }
}
