def rows_to_html(rows):
    out = ["<table>"]
    for row in rows:
        cells = "".join("<td>%s</td>" % value for value in row)
        out.append("<tr>%s</tr>" % cells)
    out.append("</table>")
    return "\n".join(out)
