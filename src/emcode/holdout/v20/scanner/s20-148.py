import re
import subprocess

DOMAIN = re.compile(r"(?=.{1,253}$)([A-Za-z0-9-]{1,63}\.)+[A-Za-z]{2,63}")


class OpsBot:
    def __init__(self, send):
        self.send = send

    def on_message(self, text):
        if text.startswith("!dig "):
            domain = text[5:].strip()
            if not DOMAIN.fullmatch(domain) or domain.startswith("-"):
                self.send("that does not look like a domain")
                return
            res = subprocess.run(["dig", "+short", domain], capture_output=True, text=True, timeout=10)
            self.send(res.stdout or "(no answer)")
        elif text == "!uptime":
            self.send(subprocess.run(["uptime"], capture_output=True, text=True).stdout)
