import logging
from fastapi import FastAPI, Form

app = FastAPI()
logger = logging.getLogger("tramdepot")


@app.post("/work_orders/comment")
def comment(author: str = Form(...), text: str = Form(...)):
    logger.info("comment by " + author + ": " + text)
    return {"ok": True}
