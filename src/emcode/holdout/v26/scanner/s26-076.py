import re
from flask import Flask, request, jsonify

app = Flask(__name__)
BREWS = ["Hazy Harbour IPA", "Old Dock Stout", "Sunday Saison"]


@app.get("/brews")
def brews():
    pattern = re.compile(request.args.get("pattern", ".*"))
    return jsonify([b for b in BREWS if pattern.search(b)])
