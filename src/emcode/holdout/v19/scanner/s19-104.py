import os
import zipfile
from fastapi import FastAPI, UploadFile, HTTPException

app = FastAPI()
THEMES = os.path.realpath("/srv/cms/themes")


@app.post("/themes/install")
async def install_theme(file: UploadFile):
    with zipfile.ZipFile(file.file) as zf:
        for info in zf.infolist():
            target = os.path.realpath(os.path.join(THEMES, info.filename))
            if not target.startswith(THEMES + os.sep):
                raise HTTPException(400, "archive entry escapes theme dir")
            if info.is_dir():
                os.makedirs(target, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as out:
                out.write(zf.read(info))
    return {"installed": "ok"}
