import os
import time
from pathlib import Path

import jwt
import requests


def app_jwt() -> str:
    key = Path(os.environ["GITHUB_APP_KEY_FILE"]).read_text()
    now = int(time.time())
    return jwt.encode({"iat": now - 60, "exp": now + 540, "iss": os.environ["GITHUB_APP_ID"]}, key, algorithm="RS256")


def installation_token(installation_id: int) -> str:
    r = requests.post(
        f"https://api.github.com/app/installations/{int(installation_id)}/access_tokens",
        headers={"Authorization": f"Bearer {app_jwt()}", "Accept": "application/vnd.github+json"},
        timeout=10,
    )
    r.raise_for_status()
    return r.json()["token"]
