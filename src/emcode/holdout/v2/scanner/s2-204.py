def render_user_card(name: str, bio: str) -> str:
    """Return an HTML card for a user profile."""
    return f'<div class="card"><h3>{name}</h3><p>{bio}</p></div>'
