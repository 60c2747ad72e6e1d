from string import Template


def greet(template: str, name: str, event: str) -> str:
    return Template(template).safe_substitute(name=str(name), event=str(event))
