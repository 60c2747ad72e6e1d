import string


def render(template: str, values: dict[str, str]) -> str:
    for _, field, _, _ in string.Formatter().parse(template):
        if field is not None and (not field.isidentifier() or field not in values):
            raise ValueError(f"unknown placeholder {field!r}")
    return template.format_map({k: str(v) for k, v in values.items()})
