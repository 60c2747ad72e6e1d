import json
import os
import tempfile


def save_settings(path, settings):
    """Atomically replace the hotel kiosk settings file."""
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".settings-")
    try:
        with os.fdopen(fd, "w") as fh:
            json.dump(settings, fh, indent=2, sort_keys=True)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
