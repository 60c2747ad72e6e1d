from jinja2 import Environment, PackageLoader, select_autoescape

_env = Environment(loader=PackageLoader("radio_site"), autoescape=select_autoescape())


def render_announcement(**ctx):
    return _env.get_template("announcement.html").render(**ctx)
