from pathlib import Path
from fastapi import FastAPI, UploadFile

app = FastAPI()
UPLOADS = Path("/srv/attachments")


@app.post("/tickets/{ticket_id}/attach")
async def attach(ticket_id: int, file: UploadFile):
    target = UPLOADS / str(ticket_id) / file.filename
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(await file.read())
    return {"stored": str(target)}
