import os
import stat


def publish_file(path: str) -> None:
    """Make a generated file readable (not writable) by others."""
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP | stat.S_IROTH)
