from defusedxml import sax as dsax
import xml.sax


class VaccineHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.records = []
        self._buf = ""

    def characters(self, content):
        self._buf += content

    def endElement(self, name):
        if name == "vaccine":
            self.records.append(self._buf.strip())
        self._buf = ""


def parse_vaccine_feed(stream):
    handler = VaccineHandler()
    dsax.parse(stream, handler)
    return handler.records
