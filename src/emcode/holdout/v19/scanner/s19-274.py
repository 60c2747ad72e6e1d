from markupsafe import escape, Markup


class CommentRenderer:
    def render(self, author, text):
        body = Markup("<br/>").join(escape(line) for line in text.split("\n"))
        return Markup('<div class="comment"><b>{}</b><p>{}</p></div>').format(author, body)
