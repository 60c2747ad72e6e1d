import subprocess


class OpsBot:
    def __init__(self, send):
        self.send = send

    def on_message(self, text):
        if text.startswith("!dig "):
            domain = text[5:].strip()
            self.send(subprocess.getoutput("dig +short " + domain))
        elif text == "!uptime":
            self.send(subprocess.getoutput("uptime"))
