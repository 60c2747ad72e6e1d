import json
import sys

class AccessLog:
    def __init__(self, stream=sys.stderr):
        self.stream = stream

    def hit(self, ip: str, user_agent: str) -> None:
        self.stream.write(json.dumps({"event": "access", "ip": ip, "ua": user_agent}) + "\n")
