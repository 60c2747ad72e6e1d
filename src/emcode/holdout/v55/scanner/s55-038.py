class TastingNoteWidget:
    def __init__(self, author, text):
        self.author = author
        self.text = text

    def render(self):
        parts = ['<blockquote class="tasting">', self.text, "<cite>", self.author, "</cite>", "</blockquote>"]
        return "".join(parts)
