import os
from http.server import SimpleHTTPRequestHandler, HTTPServer

DOCS = os.path.realpath("./site")

class DocsHandler(SimpleHTTPRequestHandler):
    def translate_path(self, path):
        rel = path.split("?", 1)[0].lstrip("/")
        full = os.path.realpath(os.path.join(DOCS, rel))
        if full != DOCS and not full.startswith(DOCS + os.sep):
            return os.path.join(DOCS, "404.html")
        return full

if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8000), DocsHandler).serve_forever()
