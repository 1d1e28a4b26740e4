package cn.jingan.planwatch.normalize;

import cn.jingan.planwatch.observation.Observation;
import java.util.List;

/**
 * A return after reading and validation: accepted whole when it has no error, rejected whole otherwise.
 *
 * @param sheet        the sheet that held the table, or null when none was found
 * @param periodCode   the canonical 报告期 of the return (as read from its header), or null
 * @param observations the values it carries (empty when rejected)
 * @param findings     every error and warning, errors first, capped
 */
public record ValidatedReturn(ReturnFile file, String sheet, String periodCode, List<Observation> observations,
                              List<Finding> findings) {

    public boolean accepted() {
        return findings.stream().noneMatch(Finding::isError);
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(f -> !f.isError()).toList();
    }
}
