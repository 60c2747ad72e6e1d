import html

def render_greeting(username: str) -> str:
    name = html.escape(username)
    return f"<div class='greeting'>Welcome back, {name}!</div>"
