import io

import requests
from PIL import Image


def thumbnail_from_url(image_url, size=(128, 128)):
    data = requests.get(image_url, timeout=10).content
    img = Image.open(io.BytesIO(data))
    img.thumbnail(size)
    return img
