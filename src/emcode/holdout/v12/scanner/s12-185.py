import os
from urllib.parse import urlparse
from flask import Flask, request, redirect, session, url_for

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


def is_safe_url(target):
    ref = urlparse(request.host_url)
    test = urlparse(target)
    return test.scheme in ("http", "https") and ref.netloc == test.netloc and not target.startswith("//