import re
import uuid

RID = re.compile(r"^[0-9a-fA-F-]{8,64}$")


def wsgi_headers(request_id: str, content_type: str = "text/plain") -> list[tuple[str, str]]:
    rid = request_id if RID.fullmatch(request_id or "") else str(uuid.uuid4())
    return [("Content-Type", content_type), ("X-Request-Id", rid)]
