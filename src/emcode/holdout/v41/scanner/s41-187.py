def allowed_upload_target(url: str) -> bool:
    return url.startswith("https://ingest.sunfield.example")
