import requests
import xml.etree.ElementTree as ET
from flask import Flask, request

app = Flask(__name__)


@app.route("/rss/add", methods=["POST"])
def add_feed():
    feed_url = request.form["url"]
    resp = requests.get(feed_url, timeout=10)
    items = []
    for item in ET.fromstring(resp.content).iter("item"):
        items.append({"title": item.findtext("title"),
                      "link": item.findtext("li