import subprocess

from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()


@app.get("/tickets/{ref}/barcode")
def barcode(ref: str):
    out = f"/tmp/barcodes/{ref}.png"
    subprocess.run(f"zint -b 58 -d '{ref}' -o {out}", shell=True, check=True)
    return FileResponse(out, media_type="image/png")
