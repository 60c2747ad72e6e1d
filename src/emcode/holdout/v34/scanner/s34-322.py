import io

import requests
from PIL import Image

CDN = "https://cdn.bakery.example/products/"


def remote_thumbnail(product_id, size=(128, 128)):
    resp = requests.get(f"{CDN}{int(product_id)}.jpg", timeout=10)
    resp.raise_for_status()
    img = Image.open(io.BytesIO(resp.content))
    img.thumbnail(size)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()
