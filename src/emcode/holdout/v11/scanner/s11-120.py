class OutgoingRequest:
    def __init__(self, tenant_label, body):
        self.tenant_label = tenant_label
        self.body = body

    def header_block(self):
        headers = "POST /ingest HTTP/1.1\r\nHost: hooks.internal\r\n"
        headers += "X-Tenant: " + self.tenant_label + "\r\n"
        headers += "Content-Length: %d\r\n\r\n" % len(self.body)
        return headers
