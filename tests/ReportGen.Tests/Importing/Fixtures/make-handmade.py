#!/usr/bin/env python3
"""Writes handmade-table3.fodt: a report page made by hand, not by ReportGen's builder, with what published PDFs
show: table 三 cut by a page break (footer "- N -"), the outcome label in a one-character-wide cell (one character
per line), letter-spaced header cells, labels with stray spaces, a paragraph that runs over a page break.
LibreOffice prints it: soffice --headless --convert-to pdf handmade-table3.fodt
With --unruled: handmade-unruled.fodt, the same without cell borders."""
import html
import sys

# --unruled: the same page without any cell borders (a table that a text library cannot see by its rules).
unruled = "--unruled" in sys.argv

outcomes = [
    ("（一）予以公开", None), ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", None),
    ("1.属于国家秘密", "（三）不予公开"), ("2.其他法律行政法规禁止公开", None), ("3.危及“三安全一稳定”", None),
    ("4.保护第三方合法权益", None), ("5.属于三类内部事务信息", None), ("6.属于四类过程性信息", None),
    ("7.属于行政执法案卷", None), ("8.属于行政查询事项", None),
    ("1.本机关不掌握相关政府信息", "（四）无法提供"), ("2.没有现成信息需要另行制作", None), ("3.补正后申请内容仍不明确", None),
    ("1.信访举报投诉类申请", "（五）不予处理"), ("2.重 复申请", None), ("3.要求提供公开出版物", None),
    ("4.无正当理由大量反复申请", None), ("5.要求行政机关确认或重新出具已获取信息", None),
    ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "（六）其他处理"),
    ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", None), ("3.其他", None),
]
group_sizes = {"（三）不予公开": 8, "（四）无法提供": 3, "（五）不予处理": 5, "（六）其他处理": 3}

def figures(row):
    # Distinct per row and column, some of several digits, so that a misplaced cell cannot go unnoticed.
    return [(row + 1) * 10 + col if (row + col) % 5 else (row + 1) * 1000 + col for col in range(7)]

def p(text, style="Cell"):
    return f'<text:p text:style-name="{style}">{html.escape(text)}</text:p>'

def cell(text, style="Cell", rows=1, cols=1, cell_style="Grid"):
    span = (f' table:number-rows-spanned="{rows}"' if rows > 1 else "") + (f' table:number-columns-spanned="{cols}"' if cols > 1 else "")
    return f'<table:table-cell table:style-name="{cell_style}"{span} office:value-type="string">{p(text, style)}</table:table-cell>'

covered = "<table:covered-table-cell/>"
rows = []
rows.append(cell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", rows=3, cols=3)
            + covered * 2 + cell("申请人情况", cols=7) + covered * 6)
rows.append(covered * 3 + cell("自然人", "Spaced", rows=2) + cell("法人或其他组织", cols=5) + covered * 4 + cell("总计", "Spaced", rows=2))
rows.append(covered * 4 + "".join(cell(t, "Spaced") for t in ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]) + covered)
n = 0
def data(label_cells):
    global n
    row = label_cells + "".join(cell(str(v), "Number") for v in figures(n))
    n += 1
    return row
rows.append(data(cell("一、本年新收政府信息公开申请数量", cols=3) + covered * 2))
rows.append(data(cell("二、上年结转政府信息公开申请数量", cols=3) + covered * 2))
for i, (label, group) in enumerate(outcomes):
    first = cell("三、本年度办理结果", rows=22) if i == 0 else covered
    if group is None and i < 2:
        rows.append(data(first + cell(label, cols=2) + covered))
    elif group is not None:
        rows.append(data(first + cell(group, rows=group_sizes[group]) + cell(label)))
    else:
        rows.append(data(first + covered + cell(label)))
rows.append(data(covered + cell("（七）总计", cols=2) + covered))
rows.append(data(cell("四、结转下年度继续办理", cols=3) + covered * 2))

table = ('<table:table table:name="T3" table:style-name="Table">'
         '<table:table-column table:style-name="C1"/><table:table-column table:style-name="C2"/><table:table-column table:style-name="C3"/>'
         '<table:table-column table:style-name="CN" table:number-columns-repeated="7"/>'
         + "".join(f"<table:table-row>{r}</table:table-row>" for r in rows) + "</table:table>")

long_paragraph = "本机关坚持以公开为常态、不公开为例外，" * 12 + "全年工作平稳有序。"
body = (p("手工排版区测试局2023年政府信息公开工作年度报告", "Title")
        + p("本年度报告依据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限为2023年1月1日至2023年12月31日。", "Body")
        + p("一、总体情况", "Body")
        + p(long_paragraph, "Body")
        + p("三、收到和处理政府信息公开申请情况", "Body")
        + table
        + p("五、存在的主要问题及改进情况", "Body")
        + p("一是公开的及时性有待提高；二是解读形式较为单一。" * 30 + "下一步将加以改进。", "Body"))

doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="CJK" svg:font-family="'Noto Sans CJK SC'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="CJK" style:font-name-asian="CJK" fo:font-size="10.5pt" style:font-size-asian="10.5pt"/></style:default-style>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.74cm" fo:text-align="justify" fo:line-height="150%"/><style:text-properties fo:font-size="12pt" style:font-size-asian="12pt"/></style:style>
 <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.5cm"/><style:text-properties fo:font-size="16pt" style:font-size-asian="16pt"/></style:style>
 <style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="Number" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10pt" style:font-size-asian="10pt"/></style:style>
 <style:style style:name="Spaced" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:letter-spacing="0.12cm"/></style:style>
 <style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="Page"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/><style:footer-style><style:header-footer-properties fo:min-height="0.8cm"/></style:footer-style></style:page-layout>
 <style:style style:name="Table" style:family="table"><style:table-properties style:width="16cm" table:align="center"/></style:style>
 <style:style style:name="C1" style:family="table-column"><style:table-column-properties style:column-width="0.75cm"/></style:style>
 <style:style style:name="C2" style:family="table-column"><style:table-column-properties style:column-width="1.7cm"/></style:style>
 <style:style style:name="C3" style:family="table-column"><style:table-column-properties style:column-width="4.45cm"/></style:style>
 <style:style style:name="CN" style:family="table-column"><style:table-column-properties style:column-width="1.3cm"/></style:style>
 <style:style style:name="Grid" style:family="table-cell"><style:table-cell-properties fo:border="{'none' if unruled else '0.5pt solid #000000'}" fo:padding="0.05cm" style:vertical-align="middle"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="Page"><style:footer><text:p text:style-name="Footer">- <text:page-number text:select-page="current"/> -</text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:text>{body}</office:text></office:body>
</office:document>
'''
open("handmade-unruled.fodt" if unruled else "handmade-table3.fodt", "w", encoding="utf-8").write(doc)
