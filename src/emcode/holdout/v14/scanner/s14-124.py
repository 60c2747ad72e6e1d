import html


def render_profile_card(name: str, bio: str) -> str:
    safe_name = html.escape(name)
    safe_bio = html.escape(bio).replace("\n", "<br>")
    return f"""<div class="card">
  <h3>{safe_name}</h3>
  <p>{safe_bio}</p>
</div>"""
