import os


class ApiGuard:
    def __init__(self):
        self.key = os.environ["SERVICE_API_KEY"]

    def allow(self, presented):
        if presented != self.key:
            return False
        return True
