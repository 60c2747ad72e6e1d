from lxml import etree
from fastapi import FastAPI, Request

app = FastAPI()
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


@app.post("/sitemap/check")
async def check_sitemap(req: Request):
    root = etree.fromstring(await req.body(), PARSER)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    urls = [loc.text for loc in root.findall(".//s:loc", ns)]
    return {"count": len(urls), "first": urls[:5]}
