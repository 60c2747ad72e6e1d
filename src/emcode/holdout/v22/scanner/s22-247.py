from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/hr/documents")
async def upload_document(file: UploadFile):
    dest = "uploads/" + file.filename
    with open(dest, "wb") as out:
        out.write(await file.read())
    return {"stored": dest}
