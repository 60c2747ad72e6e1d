from jinja2 import Environment, FileSystemLoader, select_autoescape

env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html"]))
KINDS = {"welcome": "welcome.html", "invoice": "invoice.html"}


def render_mail(kind: str, **ctx) -> str:
    name = KINDS.get(kind)
    if name is None:
        raise ValueError(f"unknown mail kind {kind!r}")
    return env.get_template(name).render(**ctx)


if __name__ == "__main__":
    print(render_mail("welcome", user="<b>Dana</b>"))
