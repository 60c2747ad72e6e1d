from markupsafe import escape


def to_html_table(records):
    out = ["<table>"]
    for rec in records:
        cells = "".join("<td>%s</td>" % escape(str(v)) for v in rec.values())
        out.append("<tr>" + cells + "</tr>")
    out.append("</table>")
    return "\n".join(out)
