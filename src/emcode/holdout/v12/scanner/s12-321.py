import os
import sys
import requests


def post_alert(text: str) -> None:
    token = os.environ.get("SLACK_BOT_TOKEN")
    channel = os.environ.get("SLACK_CHANNEL", "#alerts")
    if not token:
        sys.exit("SLACK_BOT_TOKEN is not set")
    resp = requests.post("https://slack.com/api/chat.postMessage",
                         headers={"Authorization": f"Bearer {token}"},
                         json={"channel": channel, "text": text[:3000]}, timeout=10)
    resp.raise_for_status()


if __name__ == "__main__":
    post_alert(" ".join(sys.argv[1:]) or "ping")
