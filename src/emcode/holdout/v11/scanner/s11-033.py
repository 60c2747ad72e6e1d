from jinja2 import Environment, BaseLoader, select_autoescape

env = Environment(loader=BaseLoader(), autoescape=select_autoescape(default=True))
RECEIPT = env.from_string("""
<h2>Thanks for your order, {{ name }}!</h2>
<table>
{% for item in items %}<tr><td>{{ item.title }}</td><td>{{ "%.2f"|format(item.price) }}</td></tr>{% endfor %}
</table>
""")


def receipt_html(name: str, items: list[dict]) -> str:
    return RECEIPT.render(name=name, items=items)
