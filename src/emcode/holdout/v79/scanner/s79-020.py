class StockAlert:
    TEMPLATE = "<div class=\"alert alert-{level}\">{text}</div>"

    def __init__(self, level="warning"):
        self.level = level

    def render(self, text):
        return self.TEMPLATE.format(level=self.level, text=text)
