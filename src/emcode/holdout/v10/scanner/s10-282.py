def render_welcome(username: str) -> str:
    """Return the HTML snippet shown at the top of the dashboard."""
    return f"<div class='welcome'>Welcome, {username}!</div>"
