from markupsafe import escape


def build_table(headers, rows):
    parts = ["<table><tr>"]
    parts.extend(f"<th>{escape(h)}</th>" for h in headers)
    parts.append("</tr>")
    for row in rows:
        parts.append("<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>")
    parts.append("</table>")
    return "".join(parts)
