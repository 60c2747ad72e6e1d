from html import escape


def render_log_entry(keeper, note, when):
    """Return an HTML fragment for one lighthouse maintenance log entry."""
    who = escape(keeper)
    body = escape(note).replace("\n", "<br>")
    return (
        '<article class="log-entry">'
        f"<header>{when:%Y-%m-%d %H:%M} &mdash; {who}</header>"
        f"<p>{body}</p>"
        "</article>"
    )
