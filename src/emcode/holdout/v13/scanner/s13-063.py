import os
from fastapi import FastAPI, HTTPException

app = FastAPI()
BASE = os.path.realpath("/data/uploads")

@app.delete("/files/{filename}")
def delete_file(filename: str):
    target = os.path.realpath(os.path.join(BASE, filename))
    if os.path.commonpath([BASE, target]) != BASE:
        raise HTTPException(400, "bad path")
    if not os.path.isfile(target):
        raise HTTPException(404)
    os.remove(target)
    return {"deleted": os.path.basename(target)}
