class ReceiptFormatter:
    def __init__(self, company):
        self.company = company

    def render(self, template, txn):
        return template.format(txn=txn, company=self.company)
