import xml.sax
from xml.sax.handler import feature_external_ges


class _Names(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.names, self._in = [], False

    def startElement(self, name, attrs):
        self._in = name == "interpreter"

    def characters(self, content):
        if self._in:
            self.names.append(content.strip())


def interpreter_names(xml_bytes):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    h = _Names()
    parser.setContentHandler(h)
    import io
    parser.parse(io.BytesIO(xml_bytes))
    return h.names
