import os
import uuid

from fastapi import FastAPI, UploadFile
from werkzeug.utils import secure_filename

app = FastAPI()
UPLOADS = os.path.abspath("uploads")


@app.post("/hr/documents")
async def upload_document(file: UploadFile):
    name = secure_filename(file.filename or "") or "document"
    dest = os.path.join(UPLOADS, f"{uuid.uuid4().hex}-{name}")
    with open(dest, "wb") as out:
        out.write(await file.read())
    return {"stored": os.path.basename(dest)}
