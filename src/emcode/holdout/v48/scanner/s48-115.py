class Receipt:
    def __init__(self, fare, driver, config):
        self.fare = fare
        self.driver = driver
        self.config = config


def render_receipt_line(template, receipt):
    return template.format(r=receipt)
