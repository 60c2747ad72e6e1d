import re

from fastapi import FastAPI, HTTPException

app = FastAPI()
FRAME = re.compile(r"^([A-Z0-9]+-?)*$")


@app.get("/stolen-check/{frame_no}")
def stolen_check(frame_no: str):
    if not FRAME.match(frame_no):
        raise HTTPException(400, "bad frame number")
    return {"frame": frame_no, "reported_stolen": False}
