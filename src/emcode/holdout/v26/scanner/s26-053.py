import xml.sax
from xml.sax.handler import feature_external_ges, feature_external_pes


class TicketHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.tickets = []

    def startElement(self, name, attrs):
        if name == "ticket":
            self.tickets.append(attrs.get("code"))


def parse_tickets(stream):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, False)
    parser.setFeature(feature_external_pes, False)
    handler = TicketHandler()
    parser.setContentHandler(handler)
    parser.parse(stream)
    return handler.tickets
