import xml.sax


class _Collect(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.names = []

    def startElement(self, name, attrs):
        if name == "pet":
            self.names.append(attrs.get("name", ""))


def pet_names(stream):
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    handler = _Collect()
    parser.setContentHandler(handler)
    parser.parse(stream)
    return handler.names
