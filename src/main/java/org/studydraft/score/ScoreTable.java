package org.studydraft.score;

import java.util.List;

/** The score table as people read it: every figure with its counts, notices, the confusion matrices, and misses. */
public final class ScoreTable {
    private static final int LABEL_WIDTH = 36;
    private static final int SHOWN_IDS = 12;

    private ScoreTable() {
    }

    public static String render(Scoreboard b) {
        StringBuilder sb = new StringBuilder();
        sb.append("StudyDraft gold score · split ").append(b.split()).append(" · ").append(b.documents().size())
                .append(" documents · ").append(b.source()).append('\n');
        if (!b.absent().isEmpty()) {
            sb.append("notice: ").append(b.absent().size()).append(" documents skipped, raw file absent: ")
                    .append(ids(b.absent())).append('\n');
        }
        if (!b.unpredicted().isEmpty()) {
            sb.append("notice: ").append(b.unpredicted().size()).append(" documents scored as empty predictions:\n");
            b.unpredicted().forEach((id, why) -> sb.append("  ").append(id).append(": ").append(why).append('\n'));
        }
        sb.append('\n').append(String.format("%-" + LABEL_WIDTH + "s %6s  %s%n", "accuracy", "value", "(correct/scored)"));
        rows(sb, b, ScoreField.Kind.ACCURACY);
        sb.append('\n').append(String.format("%-" + LABEL_WIDTH + "s %6s %6s %6s  %s%n", "precision / recall / F1", "P", "R", "F1", "(tp fp fn)"));
        for (ScoreField f : ScoreField.values()) {
            if (f.kind() == ScoreField.Kind.PRF) {
                Prf c = b.prf(f);
                sb.append(String.format("  %-" + (LABEL_WIDTH - 2) + "s %6s %6s %6s  (%d %d %d)%n", f.label(),
                        figure(c.precision()), figure(c.recall()), figure(c.f1()), c.tp(), c.fp(), c.fn()));
            }
        }
        sb.append('\n').append(String.format("%-" + LABEL_WIDTH + "s %6s  %s%n", "rates", "value", "(count/of)"));
        rows(sb, b, ScoreField.Kind.RATE_LOWER_BETTER);
        rows(sb, b, ScoreField.Kind.RATE);
        sb.append('\n').append(String.format("design macro-F1 %s  (mean F1 over the %d designs seen as gold or predicted)%n",
                figure(b.designConfusion().macroF1()), b.designConfusion().labels().size()));
        sb.append('\n').append(b.designConfusion().render("design confusion"));
        sb.append('\n').append(b.pemConfusion().render("pem confusion"));
        return sb.toString();
    }

    private static void rows(StringBuilder sb, Scoreboard b, ScoreField.Kind kind) {
        for (ScoreField f : ScoreField.values()) {
            if (f.kind() == kind) {
                Ratio r = b.ratio(f);
                sb.append(String.format("  %-" + (LABEL_WIDTH - 2) + "s %6s  (%d/%d)%s%n", f.label(), figure(r.value()),
                        r.hits(), r.total(), f.lowerIsBetter() ? "  lower is better" : ""));
            }
        }
    }

    /** Every miss of one document: field, gold, predicted. */
    public static String explain(Scoreboard b, String id) {
        List<Scoreboard.Miss> misses = b.misses(id);
        if (misses == null) {
            return "explain: " + id + " was not scored in split " + b.split()
                    + (b.absent().contains(id) ? " (its raw file is absent)" : " (no such label in this split)") + "\n";
        }
        StringBuilder sb = new StringBuilder("misses for ").append(id);
        String why = b.unpredicted().get(id);
        if (why != null) {
            sb.append(" (empty prediction: ").append(why).append(')');
        }
        sb.append(": ").append(misses.size()).append('\n');
        int width = misses.stream().mapToInt(m -> m.field().length()).max().orElse(5);
        for (Scoreboard.Miss m : misses) {
            sb.append(String.format("  %-" + width + "s  gold: %s%n  %-" + width + "s  predicted: %s%n", m.field(), m.gold(), "", m.predicted()));
        }
        return sb.toString();
    }

    static String figure(Double v) {
        return v == null ? "n/a" : String.format("%.2f", v);
    }

    private static String ids(List<String> ids) {
        return ids.size() <= SHOWN_IDS ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, SHOWN_IDS)) + " and " + (ids.size() - SHOWN_IDS) + " more";
    }
}
