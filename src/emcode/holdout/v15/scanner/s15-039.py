import html


def render_badge(username: str, score: int) -> str:
    """Return an HTML badge for the leaderboard."""
    who = html.escape(username, quote=True)
    return f'<span class="badge" title="{who}">{who}: {int(score)}</span>'
