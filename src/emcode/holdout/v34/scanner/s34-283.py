import io

import requests
from PIL import Image


def remote_thumbnail(image_url, size=(128, 128)):
    resp = requests.get(image_url, timeout=10)
    img = Image.open(io.BytesIO(resp.content))
    img.thumbnail(size)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()
