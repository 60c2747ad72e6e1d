import html


def render_welcome(username: str) -> str:
    safe = html.escape(username)
    return f"<div class='welcome'>Welcome, {safe}!</div>"
