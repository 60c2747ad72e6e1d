import html

def render_profile_card(username: str, bio: str) -> str:
    u, b = html.escape(username), html.escape(bio)
    return f"<div class='card'><h3>{u}</h3><p>{b}</p></div>"
