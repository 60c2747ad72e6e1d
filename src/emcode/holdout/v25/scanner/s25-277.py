from jinja2 import Environment, FileSystemLoader, select_autoescape

env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html", "xml"]))


def render_receipt(donor_name: str, amount: float, note: str) -> str:
    tmpl = env.get_template("receipt.html")
    return tmpl.render(donor=donor_name, amount=f"{amount:.2f}", note=note)
