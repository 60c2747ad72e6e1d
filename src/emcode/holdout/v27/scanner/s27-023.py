from jinja2 import Environment, PackageLoader, select_autoescape

env = Environment(loader=PackageLoader("brackets", "templates"), autoescape=select_autoescape(["html"]))


def render_bracket(title: str, matches: list[dict]) -> str:
    tpl = env.get_template("bracket.html")
    return tpl.render(title=title, matches=matches)
