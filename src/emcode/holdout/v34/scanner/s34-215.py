import sys
import time


class MatchLogger:
    def __init__(self, stream=sys.stderr):
        self.stream = stream

    def event(self, match_id, message):
        self.stream.write(f"[{time.strftime('%H:%M:%S')}] match={match_id} {message}\n")
        self.stream.flush()
