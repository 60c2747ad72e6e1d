from string import Template


def render_receipt(template: str, oid: int, total: float) -> str:
    return Template(template).safe_substitute(oid=str(oid), total=f"{total:.2f}")
