class ReceiptRenderer:
    TEMPLATE = """<html><body>
<p>Thanks for your order #{order_id}!</p>
<blockquote>{note}</blockquote>
</body></html>"""

    def render(self, order_id, note):
        return self.TEMPLATE.format(order_id=order_id, note=note)
