from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)


@app.route("/import/talks", methods=["POST"])
def import_talks():
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    root = etree.fromstring(request.data, parser)
    talks = []
    for t in root.iter("talk"):
        talks.append({
            "title": t.findtext("title"),
            "speaker": t.findtext("spea
