import logging

from fastapi import FastAPI

app = FastAPI()
log = logging.getLogger("catalogue.search")


@app.get("/search")
def search(q: str = ""):
    log.info("search query %r (len=%d)", q[:200], len(q))
    return {"q": q, "results": []}
