def allowed_redirect(url: str) -> bool:
    url = url.strip().lower()
    if url.startswith("/"):
        return True
    return "mybank.com" in url
