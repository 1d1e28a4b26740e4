package cn.jingan.planwatch.excel;

/**
 * One relationship of a package part.
 *
 * @param id         its {@code Id}, unique among the source part's relationships
 * @param type       the relationship type URI (transitional or Strict)
 * @param targetPart the part it points at, resolved to an absolute part name; null when external or unresolvable
 * @param external   whether it points outside the package
 */
record OoxmlRelationship(String id, String type, String targetPart, boolean external) {

    /** Whether its type is the given one or, for a suffix like {@code /worksheet}, ends in it. */
    boolean typeEndsWith(String suffix) {
        return type.endsWith(suffix);
    }
}
