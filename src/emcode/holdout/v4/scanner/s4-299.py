from string import Template


def render_signature(user_template: str, user_name: str, site: str) -> str:
    return Template(user_template).safe_substitute(name=user_name, site=site)
