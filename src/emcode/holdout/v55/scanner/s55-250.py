from html import escape


class TastingNoteWidget:
    def __init__(self, author, text):
        self.author = author
        self.text = text

    def render(self):
        body = escape(self.text).replace("\n", "<br>")
        parts = ['<blockquote class="tasting">', body, "<cite>", escape(self.author), "</cite>", "</blockquote>"]
        return "".join(parts)
