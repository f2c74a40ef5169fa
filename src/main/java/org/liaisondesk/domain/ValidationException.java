package org.liaisondesk.domain;

import java.util.List;

/** A record that breaks the office's rules; nothing was written. */
public class ValidationException extends InvalidInputException {
    private final List<Problem> problems;

    public ValidationException(List<Problem> problems) {
        super(problems.get(0).key(), problems.get(0).args().toArray());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() { return problems; }
}
