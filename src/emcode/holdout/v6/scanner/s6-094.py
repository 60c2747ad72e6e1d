def render_profile_card(username: str, bio: str) -> str:
    return f"<div class='card'><h3>{username}</h3><p>{bio}</p></div>"
