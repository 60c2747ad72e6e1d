import html


def render_badge(username: str, points: int) -> str:
    """Return an HTML badge for the leaderboard."""
    who = html.escape(username, quote=True)
    return f'<span class="badge">{who} — {int(points)} pts</span>'
