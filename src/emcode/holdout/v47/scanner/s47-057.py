class Receipt:
    def __init__(self, client, total, config):
        self.client = client
        self.total = total
        self.config = config


def render_receipt(template, receipt):
    return template.format(r=receipt)
