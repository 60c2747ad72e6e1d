from jinja2 import Environment, BaseLoader, select_autoescape

_env = Environment(loader=BaseLoader(), autoescape=select_autoescape(default_for_string=True))
_RECEIPT = _env.from_string("<p>Receipt for {{ customer }}: {{ item }} - {{ amount }}</p>")


def render_receipt(customer, item, amount):
    return _RECEIPT.render(customer=customer, item=item, amount=f"{float(amount):.2f}")
