def render_greeting(username: str) -> str:
    """Return an HTML snippet greeting the user."""
    return f"<p>Hello, {username}! Welcome to the dashboard.</p>"
