import requests
import xml.etree.ElementTree as ET
from fastapi import FastAPI

app = FastAPI()


@app.get("/feeds/preview")
def preview(feed_url: str):
    resp = requests.get(feed_url, timeout=10)
    root = ET.fromstring(resp.content)
    items = []
    for item in root.iter("item"):
        items.append({"title": item.findtext("title"), "link": item.findt