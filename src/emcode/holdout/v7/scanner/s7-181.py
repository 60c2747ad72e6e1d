from markupsafe import escape


def _cell(tag, value):
    return "<%s>%s</%s>" % (tag, escape(value), tag)


def rows_to_html(headers, rows):
    out = ["<table>", "<tr>" + "".join(_cell("th", h) for h in headers) + "</tr>"]
    for row in rows:
        out.append("<tr>" + "".join(_cell("td", c) for c in row) + "</tr>")
    out.append("</table>")
    return "\n".join(out)
