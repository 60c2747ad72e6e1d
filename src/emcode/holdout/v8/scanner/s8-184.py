import html


def render_user_badge(display_name: str, karma: int) -> str:
    """Return an HTML badge for the forum sidebar."""
    name = html.escape(display_name)
    return f'<span class="badge" title="karma {int(karma)}">{name}</span>'
