from string import Template


class Notifier:
    def render(self, template: str, user_name: str, order_id: str) -> str:
        values = {"name": str(user_name), "order": str(order_id)}
        return Template(template).safe_substitute(values)
