def rows_to_html(header, rows):
    out = "<table><thead><tr>"
    for h in header:
        out += "<th>" + str(h) + "</th>"
    out += "</tr></thead><tbody>"
    for row in rows:
        out += "<tr>" + "".join("<td>%s</td>" % cell for cell in row) + "</tr>"
    return out + "</tbody></table>"
