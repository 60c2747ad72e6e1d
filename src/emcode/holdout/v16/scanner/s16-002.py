def render_badge(label: str, color: str = "green") -> str:
    """Return an HTML badge for a status page."""
    return '<span class="badge badge-' + color + '">' + label + "</span>"
