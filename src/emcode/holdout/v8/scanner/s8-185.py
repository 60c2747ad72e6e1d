from markupsafe import escape


def rows_to_html(header, rows):
    out = "<table><thead><tr>"
    for h in header:
        out += "<th>" + str(escape(h)) + "</th>"
    out += "</tr></thead><tbody>"
    for row in rows:
        out += "<tr>" + "".join("<td>%s</td>" % escape(cell) for cell in row) + "</tr>"
    return out + "</tbody></table>"
