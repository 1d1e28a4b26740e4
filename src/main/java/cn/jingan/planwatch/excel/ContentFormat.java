package cn.jingan.planwatch.excel;

/** What a file is, judged by its first bytes rather than its name. */
enum ContentFormat {
    /** A ZIP package: .xlsx/.xlsm, but also .xlsb, .docx or a plain archive until the package says more. */
    ZIP,
    /** OpenDocument spreadsheet (.ods). */
    OPEN_DOCUMENT,
    /** OLE2 compound file: legacy .xls, or an encrypted OOXML package. */
    OLE2,
    /** A BIFF record stream without an OLE2 container: Excel 2.x to 4.0. */
    RAW_BIFF,
    HTML,
    XML_SPREADSHEET,
    XML,
    CSV,
    TEXT,
    PDF,
    RTF,
    IMAGE,
    EMPTY,
    UNKNOWN
}
