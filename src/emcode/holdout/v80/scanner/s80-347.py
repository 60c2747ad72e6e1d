import sys

from jinja2 import Environment, FileSystemLoader, select_autoescape

env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html"]))


def render_invoice(client, items):
    tpl = env.get_template("invoice.html")
    return tpl.render(client=client, items=items, total=sum(p for _, p in items))


if __name__ == "__main__":
    print(render_invoice(sys.argv[1], [("Grand piano tuning", 95.0), ("Pitch raise", 40.0)]))
