from html import escape


def render_table(title, rows):
    """Build a small HTML table for an e-mail digest."""
    out = [f"<h3>{escape(title)}</h3>", "<table>"]
    for name, value in rows:
        out.append(f"<tr><td>{escape(str(name))}</td><td>{escape(str(value))}</td></tr>")
    out.append("</table>")
    return "\n".join(out)
