import defusedxml.sax
import xml.sax
from django.http import JsonResponse


class TitleHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.titles, self._buf, self._in = [], "", False

    def startElement(self, name, attrs):
        self._in, self._buf = name == "title", ""

    def characters(self, content):
        if self._in:
            self._buf += content

    def endElement(self, name):
        if name == "title":
            self.titles.append(self._buf)
            self._in = False


def import_feed(request):
    handler = TitleHandler()
    defusedxml.sax.parseString(request.body, handler)
    return JsonResponse({"titles": handler.titles})
