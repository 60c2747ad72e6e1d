import bleach
import html

COMMENT_TMPL = """<div class="comment">
  <b>{author}</b> wrote:
  <blockquote>{text}</blockquote>
</div>"""


def render_comment(author, text):
    cleaned = bleach.clean(text, tags=["b", "i", "em", "strong"], attributes={}, strip=True)
    return COMMENT_TMPL.format(author=html.escape(author), text=cleaned)
