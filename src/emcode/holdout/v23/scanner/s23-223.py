def render_notification(fmt: str, context: dict) -> str:
    """fmt is written by the tenant admin in the web UI."""
    values = dict(context)
    values["api_key"] = context.get("api_key", "")
    return fmt % values
