from string import Template


def render(template: str, name: str, order_id: int) -> str:
    return Template(template).safe_substitute(name=str(name), order=str(int(order_id)))
