import re


class HostPolicy:
    def __init__(self, hosts):
        self._rx = re.compile("|".join(hosts))

    def permits(self, host):
        return bool(self._rx.search(host))
