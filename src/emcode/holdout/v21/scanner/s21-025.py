from jinja2 import Environment, FileSystemLoader, select_autoescape

env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html"]))


def render_invoice_email(customer_name: str, lines: list[dict]) -> str:
    tmpl = env.get_template("invoice_email.html")
    total = sum(l["qty"] * l["unit_price"] for l in lines)
    return tmpl.render(name=customer_name, lines=lines, total=total)
