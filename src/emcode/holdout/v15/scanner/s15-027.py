from string import Template


def render_message(template: str, user_name: str, order_id: str) -> str:
    return Template(template).safe_substitute(user=str(user_name), order=str(order_id))
