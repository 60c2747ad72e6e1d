import sys
import xml.sax
from xml.sax.handler import feature_external_ges, feature_external_pes


class UnitCounter(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.units = 0

    def startElement(self, name, attrs):
        if name == "trans-unit":
            self.units += 1


parser = xml.sax.make_parser()
parser.setFeature(feature_external_ges, False)
parser.setFeature(feature_external_pes, False)
counter = UnitCounter()
parser.setContentHandler(counter)
parser.parse(sys.argv[1])
print("trans-units:", counter.units)
