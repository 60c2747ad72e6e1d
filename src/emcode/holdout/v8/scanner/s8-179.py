def render_user_badge(display_name: str, karma: int) -> str:
    """Return an HTML badge for the forum sidebar."""
    return f'<span class="badge" title="karma {karma}">{display_name}</span>'
