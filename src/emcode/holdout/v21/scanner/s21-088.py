def render_welcome(username: str) -> str:
    """Return the welcome banner HTML for the dashboard."""
    return f"<div class='welcome'>Hello, <strong>{username}</strong>!</div>"
