package cn.jingan.planwatch.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Relationship targets resolve to the part names a package's ZIP entries carry. */
class OoxmlPartNamesTest {

    @ParameterizedTest(name = "{1} from {0} is {2}")
    @CsvSource(nullValues = "none", textBlock = """
            /,                 xl/workbook.xml,              /xl/workbook.xml
            /xl/workbook.xml,  worksheets/sheet1.xml,        /xl/worksheets/sheet1.xml
            /xl/workbook.xml,  /xl/worksheets/sheet1.xml,    /xl/worksheets/sheet1.xml
            /xl/workbook.xml,  ./sharedStrings.xml,          /xl/sharedStrings.xml
            /xl/workbook.xml,  ../customXml/item1.xml,       /customXml/item1.xml
            /xl/workbook.xml,  worksheets/sheet%201.xml,     /xl/worksheets/sheet 1.xml
            /xl/workbook.xml,  ../../outside.xml,            none
            /xl/workbook.xml,  http://example.com/a.xml,     none
            /xl/workbook.xml,  file:///etc/passwd,           none
            """)
    void resolvesARelationshipTargetAgainstItsSourcePart(String source, String target, String expected) {
        // given a source part and a target as a .rels part writes it
        // when
        String resolved = OoxmlPartNames.resolve(source, target);
        // then
        assertThat(resolved).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is kept in {1}")
    @CsvSource(textBlock = """
            /,                   /_rels/.rels
            /xl/workbook.xml,    /xl/_rels/workbook.xml.rels
            """)
    void findsThePartHoldingAPartsRelationships(String source, String expected) {
        // given a source part
        // when
        String rels = OoxmlPartNames.relationshipsOf(source);
        // then
        assertThat(rels).isEqualTo(expected);
    }

    @ParameterizedTest(name = "entry {0} is part {1}")
    @CsvSource(textBlock = """
            xl/workbook.xml,            /xl/workbook.xml
            xl\\worksheets\\sheet1.xml,     /xl/worksheets/sheet1.xml
            """)
    void namesThePartOfAZipEntry(String entry, String expected) {
        // given an entry name as a ZIP writer stored it
        // when
        String part = OoxmlPartNames.ofEntry(entry);
        // then
        assertThat(part).isEqualTo(expected);
    }
}
