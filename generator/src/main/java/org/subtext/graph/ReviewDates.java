package org.subtext.graph;

import java.util.List;

import org.subtext.diag.Diagnostics;
import org.subtext.model.Claim;
import org.subtext.model.Explainer;
import org.subtext.model.PartialDate;

/**
 * Claims whose status was due to be verified again: a {@code review_by} date that ended before the
 * date {@code check} is run for. Only {@code check --as-of} asks, so no page depends on the date.
 */
public final class ReviewDates {

    private ReviewDates() {
    }

    /** Warns, at each claim, where its {@code review_by} has passed by {@code asOf}. */
    public static void warnOverdue(List<Explainer> explainers, PartialDate asOf, Diagnostics diagnostics) {
        for (Explainer explainer : explainers) {
            for (Claim claim : explainer.claims()) {
                if (claim.reviewBy() != null && claim.reviewBy().endsBefore(asOf)) {
                    diagnostics.warning(claim.position(), "claim '" + claim.id() + "' was due for review by "
                            + claim.reviewBy().iso() + " (checking as of " + asOf.iso() + "): verify its status,"
                            + " then update 'checked' and set a new 'review_by'");
                }
            }
        }
    }
}
