from markupsafe import Markup


def render_playlist(title, tracks):
    items = Markup("").join(
        Markup("<li>{} &ndash; {}</li>").format(t["artist"], t["title"]) for t in tracks
    )
    return Markup('<section class="playlist"><h2>{}</h2><ol>{}</ol></section>').format(title, items)
