import re

class RedirectPolicy:
    def __init__(self, base_domain: str):
        self._rx = re.compile(rf"^[a-z0-9-]+\.{base_domain}")

    def allows(self, host: str) -> bool:
        return self._rx.match(host) is not None
