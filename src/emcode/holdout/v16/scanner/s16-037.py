import json
import os
import time

QUEUE = "/srv/queue"


def send_email(to: str, subject: str) -> None:
    print("email", to, subject)


HANDLERS = {"email": send_email}


def consume_once() -> None:
    for name in sorted(os.listdir(QUEUE)):
        path = os.path.join(QUEUE, name)
        with open(path, encoding="utf-8") as fh:
            msg = json.load(fh)
        handler = HANDLERS.get(msg.get("kind"))
        if handler:
            handler(**msg.get("args", {}))
        os.remove(path)


if __name__ == "__main__":
    while True:
        consume_once()
        time.sleep(1)
