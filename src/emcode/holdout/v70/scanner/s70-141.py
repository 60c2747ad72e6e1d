import logging
from fastapi import FastAPI, Form

app = FastAPI()
logger = logging.getLogger("audioguide")


@app.post("/tracks/comment")
def comment(author: str = Form(...), text: str = Form(...)):
    logger.info("comment by %r (%d chars)", author, len(text))
    return {"ok": True}
