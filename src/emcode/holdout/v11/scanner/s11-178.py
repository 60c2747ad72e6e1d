import re
import subprocess

DOMAIN = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$", re.I)


class OpsBot:
    def __init__(self, send):
        self.send = send

    def on_message(self, channel: str, text: str) -> None:
        if not text.startswith("!"):
            return
        verb, _, arg = text[1:].partition(" ")
        arg = arg.strip()
        if verb == "dig" and DOMAIN.match(arg):
            res = subprocess.run(["dig", "+short", arg], capture_output=True, text=True, timeout=10)
            self.send(channel, res.stdout or "no records")
        elif verb == "dig":
            self.send(channel, "usage: !dig <domain>")
