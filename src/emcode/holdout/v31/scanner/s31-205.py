from string import Template


class ReceiptFormatter:
    def render(self, template, order):
        values = {
            "ref": str(order.ref),
            "total": f"{order.total:.2f}",
            "seats": ", ".join(map(str, order.seats)),
        }
        return Template(template).safe_substitute(values)
