from markupsafe import escape


def rows_to_html(rows):
    out = ["<table>"]
    for row in rows:
        cells = "".join(f"<td>{escape(value)}</td>" for value in row)
        out.append(f"<tr>{cells}</tr>")
    out.append("</table>")
    return "\n".join(out)
