from string import Template


def render_message(user_template: str, user_name: str, plan: str) -> str:
    return Template(user_template).safe_substitute(name=user_name, plan=plan)
