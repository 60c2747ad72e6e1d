import subprocess
import tempfile
from pathlib import Path

from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()


@app.post("/contracts/text")
async def contract_text(file: UploadFile = File(...)):
    data = await file.read()
    if not data.startswith(b"%PDF"):
        raise HTTPException(400, "PDF expected")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "contract.pdf"
        src.write_bytes(data)
        proc = subprocess.run(
            ["pdftotext", "-layout", str(src), "-"],
            capture_output=True,
            timeout=30,
        )
    if proc.returncode != 0:
        raise HTTPException(422, "could not read PDF")
    return {"text": proc.stdout.decode("utf-8", "replace")[:20000]}
