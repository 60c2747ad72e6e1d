from string import Template

def render(template: str, user_name: str) -> str:
    return Template(template).safe_substitute(name=user_name)
