import datetime


class ChatLogger:
    def __init__(self, path="chat.log"):
        self.path = path

    def record(self, channel, sender, text):
        stamp = datetime.datetime.now().isoformat(timespec="seconds")
        with open(self.path, "a") as fh:
            fh.write(f"{stamp} [{channel}] {sender}: {text}\n")


def on_message(event, logger=ChatLogger()):
    logger.record(event["channel"], event["user"], event["text"])
    return "ack"
