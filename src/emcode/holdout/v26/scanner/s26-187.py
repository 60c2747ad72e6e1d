from urllib.parse import urlparse
from flask import Flask, request, redirect

app = Flask(__name__)
HOSTS = {"festival.example", "tickets.festival.example"}


def allowed(url: str) -> bool:
    p = urlparse(url)
    if p.scheme not in ("https", ""):
        return False
    if p.netloc and p.hostname not in HOSTS:
        return False
    return url.startswith("/") and not url.startswith("//") or p.hostname in HOS
