import tempfile

from fastapi import FastAPI, UploadFile
from fastapi.responses import Response
from PIL import Image

app = FastAPI()


@app.post("/flash/thumbnail")
async def thumbnail(image: UploadFile):
    src = Image.open(image.file)
    src.thumbnail((400, 400))
    with tempfile.SpooledTemporaryFile(max_size=2_000_000) as buf:
        src.convert("RGB").save(buf, format="JPEG", quality=85)
        buf.seek(0)
        return Response(buf.read(), media_type="image/jpeg")
