package cn.jingan.planwatch.intake;

import cn.jingan.planwatch.normalize.ReturnFile;
import cn.jingan.planwatch.normalize.ValidatedReturn;

/**
 * One file's verdict.
 *
 * @param validated   the read and validated return; null for a duplicate
 * @param duplicateOf where the identical accepted file was first found, for a duplicate
 * @param resumed     true when a crash left this accepted file in the inbox after its rows reached the lake
 */
public record IntakeResult(ReturnFile file, Outcome outcome, ValidatedReturn validated, String duplicateOf,
                           boolean resumed) {

    public static IntakeResult of(ValidatedReturn validated) {
        return new IntakeResult(validated.file(), validated.accepted() ? Outcome.ACCEPTED : Outcome.REJECTED,
                validated, null, false);
    }

    public static IntakeResult duplicate(ReturnFile file, String duplicateOf) {
        return new IntakeResult(file, Outcome.DUPLICATE, null, duplicateOf, false);
    }

    /** An accepted file whose rows are already in the lake: answered and moved, not loaded again. */
    public static IntakeResult resumed(ValidatedReturn validated) {
        return new IntakeResult(validated.file(), Outcome.ACCEPTED, validated, null, true);
    }

    public int rowCount() {
        return validated == null || outcome != Outcome.ACCEPTED ? 0 : validated.observations().size();
    }
}
