COMMENT_TMPL = """<div class="comment">
  <b>{author}</b> wrote:
  <blockquote>{text}</blockquote>
</div>"""


def render_comment(author, text):
    return COMMENT_TMPL.format(author=author, text=text)
