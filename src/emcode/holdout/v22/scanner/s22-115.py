def render_status(fmt: str, internal: dict) -> str:
    return fmt % internal
