import html


def render_badge(display_name: str, level: int) -> str:
    """Return an HTML badge for a player's profile card."""
    safe = html.escape(display_name, quote=True)
    color = "gold" if level >= 50 else "silver"
    return f'<span class="badge {color}">{safe} (lvl {int(level)})</span>'
