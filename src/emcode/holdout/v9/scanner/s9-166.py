from urllib.parse import urlparse
from flask import Flask, request, redirect, session

app = Flask(__name__)


def is_local(url):
    p = urlparse(url)
    return not p.scheme and not p.netloc and url.startswith("/") and not url.start