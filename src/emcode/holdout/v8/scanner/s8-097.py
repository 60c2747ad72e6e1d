import requests
from bs4 import BeautifulSoup
from flask import Flask, request

app = Flask(__name__)


@app.get("/preview")
def preview():
    link = request.args["url"]
    resp = requests.get(link, timeout=5)
    soup = BeautifulSoup(resp.text, "html.parser")
    title = soup.title.string if soup.title else ""
    return {"title": title, "status": resp.status_code}
