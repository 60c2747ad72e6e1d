import html


def render_user_card(name: str, bio: str) -> str:
    """Return an HTML card for a user profile."""
    safe_name, safe_bio = html.escape(name), html.escape(bio)
    return f'<div class="card"><h3>{safe_name}</h3><p>{safe_bio}</p></div>'
