from html import escape


class StationBadge:
    def __init__(self, code, label):
        self.code = code
        self.label = label

    def to_html(self):
        return '<span class="badge" data-code="%s">%s</span>' % (escape(self.code, quote=True), escape(self.label))
