def render_badge(username: str, score: int) -> str:
    """Return an HTML badge for the leaderboard."""
    return f'<span class="badge" title="{username}">{username}: {score}</span>'
