from pathlib import Path
import uuid

from fastapi import FastAPI, UploadFile

app = FastAPI()
SPOOL = Path("/var/spool/adoptions")
SPOOL.mkdir(mode=0o700, parents=True, exist_ok=True)


@app.post("/applications")
async def submit(form: UploadFile):
    dest = SPOOL / f"{uuid.uuid4().hex}.pdf"
    dest.write_bytes(await form.read())
    return {"id": dest.stem}
