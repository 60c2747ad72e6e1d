from lxml import etree
from fastapi import FastAPI, UploadFile

app = FastAPI()
parser = etree.XMLParser(resolve_entities=True)


@app.post("/sitemap")
async def sitemap(f: UploadFile):
    tree = etree.fromstring(await f.read(), parser)
    urls = [loc.text for loc in tree.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    return {"count": len(urls), "first": urls[