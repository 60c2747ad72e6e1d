class Receipt:
    def __init__(self, order, settings):
        self.order = order
        self.settings = settings


def render_receipt_line(template, receipt):
    return template.format(r=receipt)
