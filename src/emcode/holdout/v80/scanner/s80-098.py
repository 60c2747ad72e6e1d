class ApiKeyCheck:
    def __init__(self, expected_key):
        self.expected_key = expected_key

    def __call__(self, presented):
        return presented == self.expected_key
