from html import escape


def render_table(rows: list[dict]) -> str:
    """Render rows (dicts with the same keys) as an HTML table."""
    if not rows:
        return "<table></table>"
    header = "".join(f"<th>{escape(str(k))}</th>" for k in rows[0])
    body = []
    for row in rows:
        cells = [escape(str(v)) for v in row.values()]
        body.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return f"<table><thead><tr>{header}</tr></thead><tbody>{''.join(body)}</tbody></table>"
