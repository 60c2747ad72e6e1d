class _Missing(dict):
    def __missing__(self, key):
        return ""


def render_label(fmt, fridge):
    values = _Missing(name=str(fridge.name), location=str(fridge.location))
    if "." in fmt or "[" in fmt:
        raise ValueError("attribute or index access not allowed")
    return fmt.format_map(values)
