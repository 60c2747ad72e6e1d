def csv_to_html_table(rows):
    out = ["<table>"]
    for row in rows:
        cells = []
        for value in row:
            cells.append("<td>%s</td>" % value)
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)
