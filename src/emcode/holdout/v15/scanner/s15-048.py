from urllib.parse import urlsplit
from flask import Flask, request, redirect

app = Flask(__name__)
ALLOWED = {"accounts.example.com"}


def is_safe(url):
    parts = urlsplit(url)
    return parts.scheme == "https" and parts.hostname in