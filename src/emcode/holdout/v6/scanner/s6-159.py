from string import Template

def render_greeting(fmt: str, name: str) -> str:
    return Template(fmt).safe_substitute(name=name)
