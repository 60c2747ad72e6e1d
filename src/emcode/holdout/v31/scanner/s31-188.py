class ReceiptFormatter:
    def __init__(self, config):
        self.config = config

    def render(self, template, order):
        return template.format(order=order, self=self)
