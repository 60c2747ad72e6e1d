from pathlib import Path

from fastapi import FastAPI, File, UploadFile
from fastapi.staticfiles import StaticFiles

app = FastAPI()
STATIC = Path("static")
app.mount("/static", StaticFiles(directory=STATIC), name="static")


@app.post("/lesson-plans")
async def upload_plan(plan: UploadFile = File(...)):
    dest = STATIC / "plans" / plan.filename
    dest.write_bytes(await plan.read())
    return {"url": f"/static/plans/{plan.filename}"}
