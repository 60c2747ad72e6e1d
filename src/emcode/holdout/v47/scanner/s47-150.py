import subprocess
from pathlib import Path

from fastapi import FastAPI, UploadFile

app = FastAPI()
INBOX = Path("/srv/auction/inbox")


@app.post("/consignments/parse")
async def parse_consignment(doc: UploadFile):
    dest = INBOX / Path(doc.filename).name
    dest.write_bytes(await doc.read())
    text = subprocess.check_output(f"pdftotext '{dest}' -", shell=True, text=True)
    return {"lines": text.count("\n"), "preview": text[:300]}
