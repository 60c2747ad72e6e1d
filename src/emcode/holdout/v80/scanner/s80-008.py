import secrets


class ApiKeyCheck:
    def __init__(self, expected_key):
        self.expected_key = expected_key

    def __call__(self, presented):
        return secrets.compare_digest(presented.encode(), self.expected_key.encode())
