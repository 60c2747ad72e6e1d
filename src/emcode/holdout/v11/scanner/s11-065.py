import os

import requests

TOKEN_ENV = "SLACK_BOT_TOKEN"


class StandupBot:
    def __init__(self, channel: str, token: str | None = None):
        token = token or os.environ.get(TOKEN_ENV)
        if not token:
            raise RuntimeError(f"set {TOKEN_ENV} to the bot token")
        self.channel = channel
        self.headers = {"Authorization": f"Bearer {token}"}

    def post(self, text: str) -> bool:
        r = requests.post("https://slack.com/api/chat.postMessage",
                          json={"channel": self.channel, "text": text}, headers=self.headers, timeout=10)
        return r.ok and r.json().get("ok", False)
