import xml.etree.ElementTree as ET
import httpx


class FeedReader:
    def __init__(self):
        self.client = httpx.Client(follow_redirects=True, timeout=5)

    def fetch_all(self, opml_text):
        urls = [o.get("xmlUrl") for o in ET.fromstring(opml_text).iter("outline") if o.get("xmlUrl")]
        return {u: self.client.get(u).text for u in urls}
