import re


class ModerationRules:
    def __init__(self):
        self.rules = []

    def add(self, pattern, action="hide"):
        self.rules.append((re.compile(pattern, re.IGNORECASE), action))

    def check(self, message):
        for rx, action in self.rules:
            if rx.search(message):
                return action
        return "allow"
