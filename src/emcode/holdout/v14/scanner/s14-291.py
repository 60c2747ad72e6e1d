class Notifier:
    TEMPLATE = "Hello {name}, your order {order} has shipped."

    def render(self, name: str, order_id: int) -> str:
        return self.TEMPLATE.format(name=name, order=int(order_id))
