from jinja2 import Template


def render_notice(notice_template, **fields):
    return Template(notice_template).render(**fields)
