from string import Template


def render_subject(user_template: str, name: str, site: str) -> str:
    return Template(user_template).safe_substitute(name=name, site=site)
