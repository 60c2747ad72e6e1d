def describe_connection(fmt, cfg):
    """cfg holds host, port, user, password."""
    return fmt % cfg
