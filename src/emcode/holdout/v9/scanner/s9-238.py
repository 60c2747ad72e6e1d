from string import Template


def render(template: str, username: str, count: int) -> str:
    return Template(template).safe_substitute(username=str(username), count=int(count))
