package org.strategycheck.audit;

/**
 * A batch audit cannot go on, for a reason the operator can act on: its folder is in use by
 * another audit, a resume does not match the earlier run (other inputs, other settings), or
 * the results cannot be written. The message says which and what to do; it never quotes a
 * record.
 */
public final class AuditException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what stopped the audit and what to do
     * @param cause   the underlying failure, or {@code null}
     */
    public AuditException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
