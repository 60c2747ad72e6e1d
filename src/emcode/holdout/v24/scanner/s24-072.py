from flask import Flask, request, jsonify
from defusedxml.ElementTree import fromstring

app = Flask(__name__)


@app.route("/import/talks", methods=["POST"])
def import_talks():
    root = fromstring(request.data)
    talks = []
    for t in root.iter("talk"):
        talks.append({
            "title": t.findtext("title"),
            "speaker": t.findtext("spea
