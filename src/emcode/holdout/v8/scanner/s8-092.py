import datetime
import json


class ChatLogger:
    def __init__(self, path: str = "chat.log") -> None:
        self.path = path

    def record(self, channel: str, sender: str, text: str) -> None:
        entry = {"ts": datetime.datetime.now().isoformat(timespec="seconds"),
                 "channel": channel, "sender": sender, "text": text}
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(entry) + "\n")
