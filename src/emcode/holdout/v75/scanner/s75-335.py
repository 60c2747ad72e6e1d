import sys

from jinja2 import Environment, FileSystemLoader, select_autoescape

env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html"]))


def render_newsletter(holders, month):
    tmpl = env.get_template("newsletter.html")
    return tmpl.render(holders=holders, month=month)


if __name__ == "__main__":
    names = [line.strip() for line in sys.stdin if line.strip()]
    print(render_newsletter(names, sys.argv[1] if len(sys.argv) > 1 else "May"))
