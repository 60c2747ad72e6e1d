from markupsafe import escape


def results_table(rows):
    """Render search results (title, snippet) as an HTML table."""
    out = "<table class='results'>"
    for title, snippet in rows:
        t, s = escape(title), escape(snippet)
        out += f"<tr><td class='t'>{t}</td><td>{s}</td></tr>"
    return out + "</table>"
