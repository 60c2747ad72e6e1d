import subprocess
import tempfile

from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()


@app.post("/admissions/statement-wordcount")
async def statement_wordcount(file: UploadFile):
    data = await file.read()
    if not data.startswith(b"%PDF"):
        raise HTTPException(400, "PDF required")
    with tempfile.NamedTemporaryFile(suffix=".pdf") as tmp:
        tmp.write(data)
        tmp.flush()
        res = subprocess.run(["pdftotext", "-q", tmp.name, "-"], capture_output=True, text=True, timeout=30)
    if res.returncode != 0:
        raise HTTPException(422, "could not read PDF")
    return {"words": len(res.stdout.split())}
