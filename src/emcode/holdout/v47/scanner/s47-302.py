import os
from pathlib import Path

from fastapi import FastAPI, UploadFile

app = FastAPI()
CONSENT_ROOT = Path("/srv/studio/consent-forms")


@app.post("/clients/{client_id}/consent")
async def store_consent(client_id: int, form: UploadFile):
    folder = CONSENT_ROOT / f"{client_id:08d}"
    os.makedirs(folder, mode=0o777, exist_ok=True)
    dest = folder / "consent.pdf"
    dest.write_bytes(await form.read())
    os.chmod(dest, 0o666)
    return {"stored": str(dest)}
