def build_table(headers, rows):
    out = "<table>"
    out += "<tr>" + "".join("<th>" + h + "</th>" for h in headers) + "</tr>"
    for row in rows:
        out += "<tr>"
        for cell in row:
            out += "<td>" + str(cell) + "</td>"
        out += "</tr>"
    out += "</table>"
    return out
