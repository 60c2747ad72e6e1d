from pathlib import Path

from fastapi import FastAPI, UploadFile

app = FastAPI()
PUBLIC = Path("/var/www/docs")


@app.post("/docs/upload")
async def upload_doc(doc: UploadFile):
    content = await doc.read()
    (PUBLIC / doc.filename).write_bytes(content)
    return {"stored": doc.filename, "size": len(content)}
