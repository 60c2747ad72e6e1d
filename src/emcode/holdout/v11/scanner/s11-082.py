import os


class OpsBot:
    """Tiny chat-ops bot: '!dig example.com' replies with DNS records."""

    def __init__(self, send):
        self.send = send

    def on_message(self, channel, text):
        if not text.startswith("!"):
            return
        verb, _, arg = text[1:].partition(" ")
        if verb == "dig":
            out = os.popen("dig +short " + arg).read()
            self.send(channel, out or "no records")
        elif verb == "uptime":
            self.send(channel, os.popen("uptime").read())
