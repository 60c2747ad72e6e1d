import string


def render_notification(fmt: str, context: dict) -> str:
    allowed = {"name", "event", "when"}
    for _, field, _, _ in string.Formatter().parse(fmt):
        if field is not None and field not in allowed:
            raise ValueError(f"unknown placeholder {{{field}}}")
    return fmt.format_map({k: str(context.get(k, "")) for k in allowed})
