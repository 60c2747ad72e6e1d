from string import Template


def render_message(template: str, first_name: str, order_no: str) -> str:
    return Template(template).safe_substitute(first_name=str(first_name), order_no=str(order_no))
