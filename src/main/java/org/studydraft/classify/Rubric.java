package org.studydraft.classify;

import java.util.List;

/** The contract's derived fields: evidence level with its confidence, case-definition quality, method flags. */
public record Rubric(String level, String levelLabel, String confidence, String reason, String caseDefinitionQuality,
                     List<String> methodFlags) {
}
