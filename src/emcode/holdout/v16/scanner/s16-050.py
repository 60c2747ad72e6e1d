import re
import requests
from flask import Flask, request, Response

app = Flask(__name__)

CDN_HOSTS = ["img.example.com", "cdn.example.net"]
cdn_re = re.compile("|".join(CDN_HOSTS))


@app.get("/proxy")
def proxy():
    url = request.args["url"]
    if not cdn_re.search(url):
        return "forbidden", 403
    upstream = requests.get(url, timeout=10)
    return Response(upstream.content, content_type=upstream.headers.get("Content-Type"))
