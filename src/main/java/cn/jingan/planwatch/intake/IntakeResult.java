package cn.jingan.planwatch.intake;

import cn.jingan.planwatch.normalize.Finding;
import cn.jingan.planwatch.normalize.ReturnFile;
import cn.jingan.planwatch.normalize.ValidatedReturn;
import java.util.List;
import java.util.stream.Stream;

/**
 * One file's verdict.
 *
 * @param validated   the read and validated return; null for a duplicate
 * @param duplicateOf where the identical accepted file was first found, for a duplicate
 * @param resumed     true when a crash left this accepted file in the inbox after its rows reached the lake
 * @param taken       the bytes judged and where they came from; null when not taken from an inbox
 * @param notes       warnings about the file itself (its clock), added to its receipt
 */
public record IntakeResult(ReturnFile file, Outcome outcome, ValidatedReturn validated, String duplicateOf,
                           boolean resumed, InboxCopy taken, List<Finding> notes) {

    public static IntakeResult of(ValidatedReturn validated) {
        return new IntakeResult(validated.file(), validated.accepted() ? Outcome.ACCEPTED : Outcome.REJECTED,
                validated, null, false, null, List.of());
    }

    public static IntakeResult duplicate(ReturnFile file, String duplicateOf) {
        return new IntakeResult(file, Outcome.DUPLICATE, null, duplicateOf, false, null, List.of());
    }

    /** An accepted file whose rows are already in the lake: answered and moved, not loaded again. */
    public static IntakeResult resumed(ValidatedReturn validated) {
        return new IntakeResult(validated.file(), Outcome.ACCEPTED, validated, null, true, null, List.of());
    }

    /** This verdict for bytes taken from the inbox, with warnings about the file itself. */
    public IntakeResult from(InboxCopy bytes, List<Finding> fileNotes) {
        return new IntakeResult(file, outcome, validated, duplicateOf, resumed, bytes, List.copyOf(fileNotes));
    }

    /** The same verdict with its validation replaced (its warnings given anew). */
    public IntakeResult withValidated(ValidatedReturn revalidated) {
        return new IntakeResult(file, outcome, revalidated, duplicateOf, resumed, taken, notes);
    }

    /** The same file judged a duplicate of an earlier one. */
    public IntakeResult asDuplicateOf(String earlier) {
        return new IntakeResult(file, Outcome.DUPLICATE, null, earlier, false, taken, notes);
    }

    public int rowCount() {
        return validated == null || outcome != Outcome.ACCEPTED ? 0 : validated.observations().size();
    }

    /** The warnings its receipt lists: the file's own, then its values'. */
    public List<Finding> warnings() {
        return validated == null ? notes
                : Stream.concat(notes.stream(), validated.warnings().stream()).toList();
    }
}
