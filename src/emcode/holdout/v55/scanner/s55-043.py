import xml.sax


class _Meters(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.ids = []

    def startElement(self, name, attrs):
        if name == "meter":
            self.ids.append(attrs.get("id"))


def meter_ids(xml_bytes):
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    h = _Meters()
    parser.setContentHandler(h)
    import io
    parser.parse(io.BytesIO(xml_bytes))
    return h.ids
