from string import Template


def announce(template: str, name: str, starts: str) -> str:
    return Template(template).safe_substitute(name=name, starts=starts)
