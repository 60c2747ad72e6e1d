import re
import socket

DOMAIN = re.compile(r"(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}")


class OpsBot:
    prefix = "!"

    def on_message(self, author: str, text: str) -> str:
        if not text.startswith(self.prefix):
            return ""
        name, _, arg = text[1:].partition(" ")
        if name == "dig":
            return self.cmd_dig(arg.strip().lower())
        return "unknown command"

    def cmd_dig(self, domain: str) -> str:
        if not DOMAIN.fullmatch(domain):
            return "not a domain"
        try:
            infos = socket.getaddrinfo(domain, None, proto=socket.IPPROTO_TCP)
        except socket.gaierror:
            return "no answer"
        return ", ".join(sorted({i[4][0] for i in infos}))
