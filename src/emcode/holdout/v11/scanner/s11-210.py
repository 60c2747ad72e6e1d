from urllib.parse import quote


class OutgoingRequest:
    def __init__(self, tenant_label: str, body: bytes):
        self.tenant_label = tenant_label
        self.body = body

    def header_block(self) -> str:
        return (
            "POST /ingest HTTP/1.1\r\n"
            "Host: hooks.internal\r\n"
            f"X-Tenant: {quote(self.tenant_label, safe='')}\r\n"
            f"Content-Length: {len(self.body)}\r\n\r\n"
        )
