def rows_to_html(rows):
    out = "<table>"
    for row in rows:
        out += "<tr>"
        for cell in row:
            out += "<td>" + str(cell) + "</td>"
        out += "</tr>"
    out += "</table>"
    return out
