import re
from urllib.parse import urlparse
from flask import Flask, request, redirect

app = Flask(__name__)
PARTNER_DOMAINS = ["shop.example.com", "tickets.example.com"]
PARTNER_RE = re.compile(r"https://(?:" + "|".join(map(re.escape, PARTNER_DOMAINS)) + r")(?:/[^\s]*)?")


@app.route("/go")
def go():
    target = request.args.get("to", "/")
    if PARTNER_RE.fullmatch(target) and urlparse(target).hostname in PARTNER_DOMAINS:
        return redirect(target)
    return redirect("/")
