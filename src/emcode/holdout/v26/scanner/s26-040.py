import html


def render_badge(name: str, role: str) -> str:
    """Return the HTML badge shown on the volunteer's kiosk card."""
    n, r = html.escape(name), html.escape(role)
    return f"<div class='badge'><span class='name'>{n}</span><span class='role'>{r}</span></div>"
