import html


def render_badge(display_name: str, role: str) -> str:
    """Return the HTML badge shown next to a forum post."""
    css = "badge-admin" if role == "admin" else "badge"
    name = html.escape(display_name, quote=True)
    return f'<span class="{css}">{name}</span>'
