from string import Template

ALLOWED = ("first_name", "course", "date")


def render_greeting(template: str, fields: dict) -> str:
    """template is user-written; only ${first_name}, ${course}, ${date} are filled, nothing else is reachable."""
    values = {k: str(fields.get(k, "")) for k in ALLOWED}
    return Template(template).safe_substitute(values)
