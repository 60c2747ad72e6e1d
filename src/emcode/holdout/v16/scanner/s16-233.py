import re

FIELD = re.compile(r"\{([a-z_][a-z0-9_]{0,30})\}")


def render(template: str, **ctx: str) -> str:
    return FIELD.sub(lambda m: str(ctx.get(m.group(1), m.group(0))), template)
