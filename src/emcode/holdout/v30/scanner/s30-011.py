from markupsafe import Markup


def render_note(author, text):
    return Markup(f"<blockquote><cite>{author}</cite>{text}</blockquote>")
