import html

COLORS = {"green", "red", "amber", "grey"}


def render_badge(label: str, color: str = "green") -> str:
    """Return an HTML badge for a status page."""
    css = color if color in COLORS else "grey"
    return '<span class="badge badge-' + css + '">' + html.escape(label) + "</span>"
