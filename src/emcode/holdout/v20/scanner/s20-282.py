LAYOUTS = {
    "short": "{level}: {message}",
    "long": "{time} [{level}] {source}: {message}",
}


def format_event(layout: str, event: dict) -> str:
    fmt = LAYOUTS.get(layout, LAYOUTS["short"])
    return fmt.format(**{k: str(event.get(k, "")) for k in ("time", "level", "source", "message")})
