from string import Template


def render_greeting(template: str, name: str, email: str) -> str:
    return Template(template).safe_substitute(name=name, email=email)
