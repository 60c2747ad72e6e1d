from jinja2 import Environment, PackageLoader, select_autoescape

_env = Environment(loader=PackageLoader("clubletters"), autoescape=select_autoescape())


def render_letter(**values):
    return _env.get_template("renewal.html").render(**values)
