def render_table(rows: list[dict]) -> str:
    """Render rows (dicts with the same keys) as an HTML table."""
    if not rows:
        return "<table></table>"
    header = "".join("<th>" + str(k) + "</th>" for k in rows[0])
    body = ""
    for row in rows:
        body += "<tr>" + "".join("<td>%s</td>" % v for v in row.values()) + "</tr>"
    return "<table><thead><tr>" + header + "</tr></thead><tbody>" + body + "</tbody></table>"
