from string import Template


def render_greeting(template: str, user_name: str, site_name: str) -> str:
    return Template(template).safe_substitute(user=str(user_name), site=str(site_name))
