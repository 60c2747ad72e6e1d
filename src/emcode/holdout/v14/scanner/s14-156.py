class OriginPolicy:
    def __init__(self, origin="https://app.example.com"):
        self.origin = origin

    def allowed(self, request_origin: str) -> bool:
        return request_origin.startswith(self.origin)
