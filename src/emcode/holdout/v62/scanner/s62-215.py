import re


class HostPolicy:
    def __init__(self, hosts):
        self._rx = re.compile("|".join(re.escape(h.lower()) for h in hosts))

    def permits(self, host):
        return self._rx.fullmatch(host.lower().rstrip(".")) is not None
