def set_setting(settings, name: str, value: str) -> None:
    """Set settings.<name> to value."""
    exec(f"settings.{name} = {value!r}")
