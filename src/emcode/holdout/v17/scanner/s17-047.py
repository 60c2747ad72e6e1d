from string import Template


def render_subject(template: str, user_name: str, order_id: int) -> str:
    return Template(template).safe_substitute(name=user_name, order=str(order_id))
