package org.vigil.cad.telephony.feed;

/** A feed message with a missing or mistyped field; answered with an error naming it. */
final class FeedFieldException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    FeedFieldException(String field, String problem) {
        super("field '" + field + "' " + problem);
    }
}
