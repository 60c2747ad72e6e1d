import html


def render_greeting(username: str) -> str:
    safe = html.escape(username)
    return "<div class='greet'>Welcome back, " + safe + "!</div>"
