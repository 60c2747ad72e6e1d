def render_greeting(username: str) -> str:
    """Return the HTML snippet shown at the top of the dashboard."""
    html = "<div class='greet'>Welcome back, " + username + "!</div>"
    return html
