import io

import httpx
from PIL import Image


def thumbnail_from_url(image_url, size=(256, 256)):
    data = httpx.get(image_url, follow_redirects=True, timeout=10).content
    img = Image.open(io.BytesIO(data))
    img.thumbnail(size)
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()
