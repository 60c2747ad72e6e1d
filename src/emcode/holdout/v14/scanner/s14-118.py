from jinja2 import Environment, FileSystemLoader, select_autoescape

env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html", "xml"]))


def render_invoice_email(customer_name: str, lines: list[tuple[str, float]]) -> str:
    tpl = env.get_template("invoice.html")
    total = sum(price for _, price in lines)
    return tpl.render(customer=customer_name, lines=lines, total=f"{total:.2f}")
