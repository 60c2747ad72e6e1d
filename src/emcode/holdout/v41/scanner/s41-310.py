from urllib.parse import urlsplit

INGEST_HOST = "ingest.sunfield.example"


def allowed_upload_target(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "https" and parts.hostname == INGEST_HOST and parts.path.startswith("/v1/")
