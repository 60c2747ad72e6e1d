import xml.sax
from xml.sax.handler import feature_external_ges
from fastapi import FastAPI, Request

app = FastAPI()

class Counter(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.n = 0
    def startElement(self, name, attrs):
        if name == "reading":
            self.n += 1

@app.post("/sensors/batch")
async def batch(req: Request):
    body = await req.body()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    h = Counter()
    parser.setContentHandler(h)
    import io
    parser.parse(io.BytesIO(body))
    return {"readings": h.n}
