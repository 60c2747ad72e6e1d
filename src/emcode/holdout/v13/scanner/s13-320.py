import logging
from fastapi import FastAPI

app = FastAPI()
log = logging.getLogger("api")

@app.get("/items/{item_id}")
def item(item_id: str, ref: str = ""):
    log.info("item %s requested, ref=" + ref, item_id)
    return {"id": item_id, "related": [i for i in range(3) if str(i) != item_