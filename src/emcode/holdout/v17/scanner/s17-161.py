def render_table(title, rows):
    """Build a small HTML table for an e-mail digest."""
    out = [f"<h3>{title}</h3>", "<table>"]
    for name, value in rows:
        out.append(f"<tr><td>{name}</td><td>{value}</td></tr>")
    out.append("</table>")
    return "\n".join(out)
