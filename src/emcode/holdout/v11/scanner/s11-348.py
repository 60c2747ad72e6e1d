import logging

from fastapi import FastAPI

app = FastAPI()


class OneLineFormatter(logging.Formatter):
    def format(self, record):
        text = super().format(record)
        return text.replace("\r", "\\r").replace("\n", "\\n")


handler = logging.StreamHandler()
handler.setFormatter(OneLineFormatter("%(asctime)s %(levelname)s %(message)s"))
log = logging.getLogger("shop")
log.addHandler(handler)
log.setLevel(logging.INFO)


@app.get("/search")
def search(q: str = ""):
    log.info("search q=%s", q)
    return {"q": q, "results": []}
