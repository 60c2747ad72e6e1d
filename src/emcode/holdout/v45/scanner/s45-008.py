import sys
import xml.sax
from xml.sax.handler import feature_external_ges


class WaypointHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.points = []

    def startElement(self, name, attrs):
        if name == "wpt":
            self.points.append((float(attrs["lat"]), float(attrs["lon"])))


def load_route(path):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    h = WaypointHandler()
    parser.setContentHandler(h)
    parser.parse(path)
    return h.points


if __name__ == "__main__":
    print(len(load_route(sys.argv[1])), "waypoints")
