import sys

class AccessLog:
    def __init__(self, stream=sys.stderr):
        self.stream = stream

    def hit(self, ip, user_agent):
        print(f"[access] {ip} ua={user_agent}", file=self.stream)
