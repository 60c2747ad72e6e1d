import xml.sax

from flask import Flask, request, jsonify

app = Flask(__name__)


class TotalHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.total = 0.0
        self._in_amount = False

    def startElement(self, name, attrs):
        self._in_amount = name == "amount"

    def characters(self, content):
        if self._in_amount and content.strip():
            self.total += float(content)


@app.post("/invoices/total")
def invoice_total():
    handler = TotalHandler()
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(request.stream)
    return jsonify(total=round(handler.total, 2))
