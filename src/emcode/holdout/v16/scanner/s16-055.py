class Order:
    def __init__(self, oid, total, api_secret):
        self.oid = oid
        self.total = total
        self._api_secret = api_secret


def render_receipt(template: str, order: Order) -> str:
    return template.format(order=order)
