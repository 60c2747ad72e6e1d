import xml.sax
from xml.sax.handler import feature_external_ges

from flask import Flask, request, jsonify

app = Flask(__name__)


class ReadingHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.readings = []
        self._buf = ""

    def characters(self, content):
        self._buf += content

    def endElement(self, name):
        if name == "reading":
            self.readings.append(self._buf.strip())
        self._buf = ""


@app.route("/meters/bulk", methods=["POST"])
def bulk_readings():
    handler = ReadingHandler()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(request.files["batch"].stream)
    return jsonify(count=len(handler.readings), readings=handler.readings[:50])
