def rows_to_html(headers, rows):
    out = ["<table>", "<tr>"]
    for h in headers:
        out.append("<th>" + str(h) + "</th>")
    out.append("</tr>")
    for row in rows:
        out.append("<tr>" + "".join("<td>%s</td>" % cell for cell in row) + "</tr>")
    out.append("</table>")
    return "\n".join(out)
