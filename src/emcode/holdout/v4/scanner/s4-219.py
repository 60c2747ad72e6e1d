from markupsafe import escape


def rows_to_html(rows):
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>"
        for row in rows
    )
    return "<table>" + body + "</table>"
