import os
import secrets
from pathlib import Path
from flask import Flask

KEY_FILE = Path(os.environ.get("APP_KEY_FILE", "instance/secret.key"))


def load_key() -> bytes:
    if KEY_FILE.exists():
        return KEY_FILE.read_bytes()
    KEY_FILE.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(32)
    fd = os.open(KEY_FILE, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(key)
    return key


app = Flask(__name__)
app.secret_key = load_key()
