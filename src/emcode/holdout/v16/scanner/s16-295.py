import os


class OpsBot:
    prefix = "!"

    def on_message(self, author: str, text: str) -> str:
        if not text.startswith(self.prefix):
            return ""
        name, _, arg = text[1:].partition(" ")
        handler = getattr(self, "cmd_" + name, None)
        return handler(arg) if handler else "unknown command"

    def cmd_dig(self, domain: str) -> str:
        out = os.popen("dig +short " + domain).read()
        return out or "no answer"

    def cmd_uptime(self, _arg: str) -> str:
        with open("/proc/uptime") as fh:
            return fh.read().split()[0] + "s"
