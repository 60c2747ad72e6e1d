from urllib.parse import urlparse
import requests
from fastapi import FastAPI, HTTPException

app = FastAPI()
FEED_HOSTS = {"feeds.bbci.co.uk", "rss.nytimes.com"}


@app.get("/feeds/preview")
def preview(feed_url: str):
    parts = urlparse(feed_url)
    if parts.scheme != "https" or parts.hostname not in FEED_HO