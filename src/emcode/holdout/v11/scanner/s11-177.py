from string import Template


class Notifier:
    def __init__(self, config):
        self.config = config

    def render(self, template: str, user_name: str, order_id: int) -> str:
        return Template(template).safe_substitute(name=user_name, order=str(order_id))
