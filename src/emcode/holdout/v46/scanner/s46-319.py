import subprocess

from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/items/thumbnail")
async def thumbnail(photo: UploadFile):
    dest = f"/srv/pawn/incoming/{photo.filename}"
    with open(dest, "wb") as fh:
        fh.write(await photo.read())
    subprocess.run(f"convert '{dest}' -resize 200x200 '{dest}.thumb.jpg'", shell=True, check=True)
    return {"thumb": dest + ".thumb.jpg"}
