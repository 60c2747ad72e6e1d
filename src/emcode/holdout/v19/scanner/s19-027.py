import os
import zipfile
from fastapi import FastAPI, UploadFile

app = FastAPI()
THEMES = "/srv/cms/themes"


@app.post("/themes/install")
async def install_theme(file: UploadFile):
    with zipfile.ZipFile(file.file) as zf:
        for member in zf.namelist():
            target = os.path.join(THEMES, member)
            if member.endswith("/"):
                os.makedirs(target, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as out:
                out.write(zf.read(member))
    return {"installed": file.filename}
