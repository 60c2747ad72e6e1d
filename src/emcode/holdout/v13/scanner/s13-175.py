def render_greeting(username: str) -> str:
    return f"<div class='greeting'>Welcome back, {username}!</div>"
