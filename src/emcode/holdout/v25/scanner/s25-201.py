from urllib.parse import urlsplit
import requests
from flask import Flask, request, abort

app = Flask(__name__)
FEED_HOSTS = {"feeds.megaphone.fm", "feeds.simplecast.com", "anchor.fm"}


def feed_allowed(url):
    parts = urlsplit(url)
    if parts.scheme != "https":
        return False
    return parts.hostname in FEED_HO