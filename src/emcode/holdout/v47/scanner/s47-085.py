import os

from flask import Flask, render_template, request
from itsdangerous import BadSignature, URLSafeSerializer

app = Flask(__name__)
serializer = URLSafeSerializer(os.environ["WATCHLIST_KEY"], salt="watchlist")


@app.route("/watchlist")
def watchlist():
    raw = request.cookies.get("watch")
    lots = []
    if raw:
        try:
            lots = serializer.loads(raw)
        except BadSignature:
            lots = []
    return render_template("watchlist.html", lots=lots)
