def render_badge(display_name: str, level: int) -> str:
    """Return an HTML badge for a player's profile card."""
    color = "gold" if level >= 50 else "silver"
    return f'<span class="badge {color}">{display_name} (lvl {level})</span>'
