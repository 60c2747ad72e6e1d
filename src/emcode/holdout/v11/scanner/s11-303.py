import requests


class StandupBot:
    def __init__(self, channel: str, token: str = "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUv"):
        self.channel = channel
        self.headers = {"Authorization": f"Bearer {token}"}

    def post(self, text: str) -> bool:
        r = requests.post("https://slack.com/api/chat.postMessage",
                          json={"channel": self.channel, "text": text}, headers=self.headers, timeout=10)
        return r.ok and r.json().get("ok", False)


if __name__ == "__main__":
    StandupBot("#team").post("Standup in 5 minutes")
