def render_log_entry(keeper, note, when):
    """Return an HTML fragment for one lighthouse maintenance log entry."""
    return (
        '<article class="log-entry">'
        f"<header>{when:%Y-%m-%d %H:%M} &mdash; {keeper}</header>"
        f"<p>{note}</p>"
        "</article>"
    )
