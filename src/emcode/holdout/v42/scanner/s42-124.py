from string import Template


class ReceiptFormatter:
    def __init__(self, company_name):
        self.company_name = company_name

    def render(self, template, txn):
        values = {
            "company": self.company_name,
            "litres": f"{txn.litres:.2f}",
            "amount": f"{txn.amount:.2f}",
            "station": txn.station,
        }
        return Template(template).safe_substitute(values)
