import httpx


class LinkPreview:
    def __init__(self):
        self.client = httpx.Client(timeout=4.0, follow_redirects=True)

    def title_of(self, link):
        page = self.client.get(link).text
        start = page.find("<title>")
        end = page.find("</title>")
        return page[start + 7:end] if start != -1 and end != -1 else None
