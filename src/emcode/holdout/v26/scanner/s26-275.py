def render_badge(name: str, role: str) -> str:
    """Return the HTML badge shown on the volunteer's kiosk card."""
    return f"<div class='badge'><span class='name'>{name}</span><span class='role'>{role}</span></div>"
