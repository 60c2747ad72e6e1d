class CommentRenderer:
    def __init__(self, css_class="comment"):
        self.css_class = css_class

    def render(self, author, text):
        body = text.replace("\n", "<br/>")
        return '<div class="%s"><b>%s</b><p>%s</p></div>' % (self.css_class, author, body)
