import xml.sax
from xml.sax.handler import feature_external_ges
from flask import Flask, request, jsonify

app = Flask(__name__)


class CountHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.count = 0
        self.text = []

    def startElement(self, name, attrs):
        if name == "sample":
            self.count += 1

    def characters(self, content):
        self.text.append(content)


@app.route("/lab/import", methods=["POST"])
def lab_import():
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    handler = CountHandler()
    parser.setContentHandler(handler)
    parser.feed(request.get_data())
    parser.close()
    return jsonify(samples=handler.count, preview="".join(handler.text)[:200])
