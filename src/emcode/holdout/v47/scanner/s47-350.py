from defusedxml import sax as dsax
import xml.sax

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
    dsax.parse(request.files["batch"].stream, handler)
    return jsonify(count=len(handler.readings), readings=handler.readings[:50])
