class Invoice:
    def __init__(self, number, total, owner):
        self.number = number
        self.total = total
        self.owner = owner


def render_invoice_line(template, invoice):
    return template.format(inv=invoice)
