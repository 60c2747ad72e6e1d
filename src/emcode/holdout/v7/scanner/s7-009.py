import html


def render_badge(label: str, color: str = "green") -> str:
    """Return a small HTML badge for dashboards."""
    safe_label = html.escape(label)
    safe_color = color if color in {"green", "red", "grey"} else "grey"
    return f'<span class="badge badge-{safe_color}">{safe_label}</span>'
