import xml.sax
from xml.sax.handler import feature_external_ges
from django.http import JsonResponse


class TitleHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.titles, self._buf, self._in = [], "", False

    def startElement(self, name, attrs):
        self._in = name == "title"
        self._buf = ""

    def characters(self, content):
        if self._in:
            self._buf += content

    def endElement(self, name):
        if name == "title":
            self.titles.append(self._buf)
            self._in = False


def import_feed(request):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    handler = TitleHandler()
    parser.setContentHandler(handler)
    parser.feed(request.body)
    parser.close()
    return JsonResponse({"titles": handler.titles})
