from pathlib import Path

from fastapi import FastAPI

app = FastAPI()
CONSENT_ROOT = Path("/srv/studio/consent-forms")


@app.post("/clients/{client_id}/consent-folder")
def make_consent_folder(client_id: int):
    folder = CONSENT_ROOT / f"{client_id:08d}"
    folder.mkdir(mode=0o700, parents=False, exist_ok=True)
    return {"folder": folder.name}
