import xml.sax
from xml.sax.handler import feature_external_ges
from fastapi import FastAPI, UploadFile


class TitleCollector(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.titles, self._in_title, self._buf = [], False, []

    def startElement(self, name, attrs):
        self._in_title = name == "title"

    def characters(self, content):
        if self._in_title:
            self._buf.append(content)

    def endElement(self, name):
        if name == "title":
            self.titles.append("".join(self._buf).strip())
            self._buf, self._in_title = [], False


app = FastAPI()


@app.post("/feeds/import")
async def import_feed(feed: UploadFile):
    handler = TitleCollector()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(feed.file)
    return {"titles": handler.titles}
