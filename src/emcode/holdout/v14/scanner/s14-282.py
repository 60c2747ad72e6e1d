import sys
import time


class MiniLogger:
    def __init__(self, name: str):
        self.name = name

    @staticmethod
    def _flat(text: str) -> str:
        return text.replace("\r", "\\r").replace("\n", "\\n")

    def event(self, kind: str, detail: str) -> None:
        sys.stderr.write("[%s] %s %s: %s\n" % (time.strftime("%H:%M:%S"), self.name, kind, self._flat(detail)))
