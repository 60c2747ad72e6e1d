import html


def render_welcome(username: str) -> str:
    name = html.escape(username)
    return f"<div class='welcome'>Hello, <strong>{name}</strong>!</div>"
