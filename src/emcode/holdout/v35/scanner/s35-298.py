from jinja2 import Template


def render_issue(body_template, subscriber):
    return Template(body_template).render(name=subscriber["name"], email=subscriber["email"])
