from jinja2 import Environment, FileSystemLoader, select_autoescape

env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html", "xml"]))


def render_receipt(customer: str, items: list[dict]) -> str:
    tmpl = env.get_template("receipt.html")
    total = sum(i["price"] * i["qty"] for i in items)
    return tmpl.render(customer=customer, items=items, total=total)
