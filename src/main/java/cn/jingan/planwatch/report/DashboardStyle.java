package cn.jingan.planwatch.report;

/** The dashboard's style sheet: one column on a phone, a grid of cards on a laptop, printable. */
final class DashboardStyle {
    private DashboardStyle() {}

    static final String CSS = """
            *{box-sizing:border-box}
            body{margin:0;padding:16px;font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;
            color:#1f2328;background:#f6f8fa;line-height:1.5}
            header h1{font-size:1.5rem;margin:0 0 4px}
            .clocks{display:flex;flex-wrap:wrap;gap:4px 20px;margin:0;color:#57606a}
            h2{font-size:1.2rem;margin:28px 0 10px;border-bottom:2px solid #d0d7de;padding-bottom:4px}
            h3{font-size:1rem;margin:0 0 6px}
            .legend{display:flex;flex-wrap:wrap;gap:6px 16px;font-size:.85rem;margin-bottom:10px}
            .legend i{display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:4px;vertical-align:-1px}
            .sections{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:12px}
            .section,.card{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:12px}
            .counts{font-size:.85rem;color:#57606a;margin:0 0 8px}
            .tiles{display:grid;gap:6px}
            .tile{display:flex;gap:6px;align-items:baseline;padding:4px 8px;border-left:6px solid;background:#f6f8fa;
            color:inherit;text-decoration:none;font-size:.9rem}
            .tile em{margin-left:auto;font-style:normal;font-weight:bold;white-space:nowrap}
            .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:12px}
            .card .status{display:inline-block;color:#fff;border-radius:4px;padding:0 8px;margin:0 0 6px;font-size:.85rem}
            svg.trend{width:100%;height:auto;display:block}
            svg .axis{stroke:#57606a;stroke-width:1}
            svg .grid{stroke:#eaeef2;stroke-width:1}
            svg .tick{font-size:10px;fill:#57606a}
            svg .target{stroke:#8250df;stroke-width:1.5;stroke-dasharray:2 3}
            svg polyline.expected{fill:none;stroke:#9a6700;stroke-width:2;stroke-dasharray:6 4}
            svg polyline.actual{fill:none;stroke:#0969da;stroke-width:2.5}
            svg circle.actual{fill:#0969da}
            svg .empty{font-size:14px;fill:#8c959f}
            .key{font-size:.85rem;color:#57606a}
            .key .k{display:inline-block;width:22px;height:0;margin:0 4px 3px 12px;border-top:3px solid #0969da}
            .key .k.expected{border-top:3px dashed #9a6700}
            .key .k.target{border-top:3px dotted #8250df}
            dl{display:grid;grid-template-columns:auto 1fr auto 1fr;gap:2px 8px;font-size:.85rem;margin:6px 0}
            dt{color:#57606a}dd{margin:0}
            .bar{position:relative;height:10px;background:#eaeef2;border-radius:5px;min-width:80px}
            .bar span{position:absolute;left:0;top:0;bottom:0;border-radius:5px}
            .bar i{position:absolute;top:-3px;bottom:-3px;width:2px;background:#1f2328}
            table{width:100%;border-collapse:collapse;background:#fff;font-size:.9rem}
            th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left}
            th{background:#eaeef2}
            td.n{text-align:right;font-variant-numeric:tabular-nums}
            td.late{color:#9a6700}td.missing{color:#cf222e;font-weight:bold}
            td.periods{font-size:.8rem;word-break:break-all}
            .pill{color:#fff;border-radius:4px;padding:0 6px;white-space:nowrap}
            section{overflow-x:auto}
            footer{margin-top:24px;font-size:.8rem;color:#57606a}
            @media (max-width:600px){body{padding:8px}header h1{font-size:1.2rem}th,td{padding:3px 4px}}
            @media print{body{background:#fff}.card,.section{break-inside:avoid}}
            """;
}
