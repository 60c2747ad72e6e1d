def render_badge(username: str, points: int) -> str:
    """Return an HTML badge for the leaderboard."""
    return f'<span class="badge">{username} — {points} pts</span>'
