from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/avatars")
async def avatar(file: UploadFile):
    data = await file.read()
    with open(f"public/avatars/{file.filename}", "wb") as out:
        out.write(data)
    return {"url": f"/avatars/{file.filename}"}
