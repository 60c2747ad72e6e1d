import html


def profile_card(display_name: str, bio: str) -> str:
    name = html.escape(display_name)
    text = html.escape(bio).replace("\n", "<br>")
    return f'<div class="card"><h3>{name}</h3><p>{text}</p></div>'
