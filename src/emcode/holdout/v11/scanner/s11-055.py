from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)


@app.post("/icons/inspect")
def inspect_icon():
    parser = etree.XMLParser(resolve_entities=True, no_network=False, load_dtd=True)
    root = etree.fromstring(request.files["svg"].read(), parser)
    title = root.findtext("{http://www.w3.org/2000/svg}title")
    return jsonify(title=title, width=root.get("width"), height=root.get("height"))
