import html

def render_profile_card(display_name: str, bio: str) -> str:
    safe_name = html.escape(display_name)
    safe_bio = html.escape(bio)
    return f'<div class="card"><h3>{safe_name}</h3><p class="bio">{safe_bio}</p></div>'
