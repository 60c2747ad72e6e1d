def parse_config(text: str) -> dict:
    """Parse 'key = value' lines; values are Python literals."""
    out = {}
    for line in text.splitlines():
        if "=" in line and not line.lstrip().startswith("#"):
            key, value = line.split("=", 1)
            out[key.strip()] = eval(value.strip())
    return out
