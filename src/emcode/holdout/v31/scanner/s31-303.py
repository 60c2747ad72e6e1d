import sys
import xml.sax
from xml.sax.handler import feature_external_ges


class TimesheetHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.hours = 0.0
        self._in_hours = False

    def startElement(self, name, attrs):
        self._in_hours = name == "hours"

    def characters(self, content):
        if self._in_hours and content.strip():
            self.hours += float(content)

    def endElement(self, name):
        self._in_hours = False


def total_hours(path):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    handler = TimesheetHandler()
    parser.setContentHandler(handler)
    parser.parse(path)
    return handler.hours


if __name__ == "__main__":
    print(total_hours(sys.argv[1]))
