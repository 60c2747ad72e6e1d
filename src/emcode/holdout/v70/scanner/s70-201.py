import logging
from fastapi import FastAPI, Form

app = FastAPI()
logger = logging.getLogger("seedbank")


@app.post("/accessions/comment")
def comment(author: str = Form(...), text: str = Form(...)):
    logger.info("comment by %r (%d chars)", author, len(text))
    return {"ok": True}
