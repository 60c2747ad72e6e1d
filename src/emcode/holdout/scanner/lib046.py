import html


def render_greeting(username: str) -> str:
    """Return an HTML snippet greeting the user."""
    safe = html.escape(username, quote=True)
    return f"<p>Hello, {safe}! Welcome to the dashboard.</p>"
