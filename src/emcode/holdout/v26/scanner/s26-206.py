import re
from flask import Flask, request, jsonify

app = Flask(__name__)
BREWS = ["Hazy Harbour IPA", "Old Dock Stout", "Sunday Saison", "Pier Pilsner"]


@app.get("/brews")
def brews():
    term = request.args.get("q", "")[:50]
    pattern = re.compile(re.escape(term), re.IGNORECASE)
    return jsonify([b for b in BREWS if pattern.search(b)])
