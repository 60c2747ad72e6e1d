import secrets


class ApiKeyIssuer:
    def issue(self, client_name: str) -> dict:
        return {"client": client_name, "api_key": secrets.token_hex(16)}
