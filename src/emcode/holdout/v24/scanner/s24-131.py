from string import Template

def render_notification(template: str, first_name: str, appointment: str) -> str:
    return Template(template).safe_substitute(first_name=str(first_name), appointment=str(appointment))
