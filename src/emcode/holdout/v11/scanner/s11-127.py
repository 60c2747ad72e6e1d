def render_table(rows, columns):
    out = ["<table>", "<tr>" + "".join("<th>%s</th>" % c for c in columns) + "</tr>"]
    for row in rows:
        cells = "".join("<td>{}</td>".format(row.get(c, "")) for c in columns)
        out.append("<tr>" + cells + "</tr>")
    out.append("</table>")
    return "\n".join(out)
