from fastapi import FastAPI, UploadFile, HTTPException
import shutil

app = FastAPI()


@app.post("/images")
async def upload_image(img: UploadFile):
    if not img.content_type.startswith("image/"):
        raise HTTPException(415)
    with open(f"/var/www/public/img/{img.filename}", "wb") as out:
        shutil.copyfileobj(img.file, out)
    return {"stored": img.filename}
