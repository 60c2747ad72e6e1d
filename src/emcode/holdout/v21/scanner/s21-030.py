import re
import tarfile

CHANNEL_RE = re.compile(r"^[a-z0-9_-]{1,40}$")


def handle_command(user, text):
    if text.startswith("/archive "):
        channel = text.split(" ", 1)[1].strip()
        if not CHANNEL_RE.fullmatch(channel):
            return f"{user}: invalid channel name"
        with tarfile.open(f"/archives/{channel}.tgz", "w:gz") as tar:
            tar.add(f"/data/chat/{channel}", arcname=channel)
        return f"{user}: archived {channel}"
    return "unknown command"
