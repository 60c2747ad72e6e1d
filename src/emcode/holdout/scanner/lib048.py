import os


def publish_file(path: str, perms: int = 0o666) -> None:
    """Make a generated file readable by the web server."""
    os.chmod(path, perms)
