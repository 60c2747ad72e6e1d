def render_badge(label: str, color: str = "green") -> str:
    """Return a small HTML badge for dashboards."""
    return f'<span class="badge badge-{color}">{label}</span>'
