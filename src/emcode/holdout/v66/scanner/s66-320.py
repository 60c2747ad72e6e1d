class StationBadge:
    def __init__(self, code, label):
        self.code = code
        self.label = label

    def to_html(self):
        return '<span class="badge" data-code="' + self.code + '">' + self.label + "</span>"
