import xml.sax
from xml.sax.handler import feature_external_ges


class TicketHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.codes = []

    def characters(self, content):
        if content.strip():
            self.codes.append(content.strip())


def parse_tickets(stream):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    handler = TicketHandler()
    parser.setContentHandler(handler)
    parser.parse(stream)
    return handler.codes
