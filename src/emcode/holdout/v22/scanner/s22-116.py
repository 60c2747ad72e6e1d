from string import Template


def render(template: str, user_name: str, order_id: int) -> str:
    values = {"name": user_name, "order": str(order_id)}
    return Template(template).safe_substitute(values)
