import xml.sax
from xml.sax.handler import feature_external_ges
from flask import Flask, request

app = Flask(__name__)


class TitleCollector(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.titles, self._in = [], False

    def startElement(self, name, attrs):
        self._in = name == "title"

    def characters(self, content):
        if self._in:
            self.titles.append(content)


@app.route("/feeds/parse", methods=["POST"])
def parse_feed():
    handler = TitleCollector()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(request.files["feed"].stream)
    return {"titles": handler.titles}
