from markupsafe import escape


def render_table(rows, columns):
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    body = []
    for row in rows:
        body.append("<tr>" + "".join(f"<td>{escape(row.get(c, ''))}</td>" for c in columns) + "</tr>")
    return "<table><tr>" + head + "</tr>" + "".join(body) + "</table>"
