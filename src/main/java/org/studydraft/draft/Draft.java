package org.studydraft.draft;

import java.util.List;

/** The drafted sections of an entry, named as the contract names them; every sentence comes from the source or a template. */
public record Draft(String quickSummary, String whyItMatters, List<String> observedFindings, List<String> inferredConclusions,
                    List<String> remainingQuestions, String doesNotProve) {
}
