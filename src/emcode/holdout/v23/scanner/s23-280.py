import re
from flask import Flask, request, redirect

app = Flask(__name__)
PARTNER_DOMAINS = ["shop.example.com", "tickets.example.com"]
PARTNER_RE = re.compile(r"https://(" + "|".join(PARTNER_DOMAINS) + ")")


@app.route("/go")
def go():
    target = request.args.get("to", "/")
    if PARTNER_RE.match(target):
        return redirect(target)
    return redirect("/")
