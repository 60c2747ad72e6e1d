import sys
import time


class MatchLogger:
    def __init__(self, stream=sys.stderr):
        self.stream = stream

    @staticmethod
    def _flat(value):
        return str(value).encode("unicode_escape").decode("ascii")

    def event(self, match_id, message):
        self.stream.write(f"[{time.strftime('%H:%M:%S')}] match={self._flat(match_id)} {self._flat(message)}\n")
        self.stream.flush()
