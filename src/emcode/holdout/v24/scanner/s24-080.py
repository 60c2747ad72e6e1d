TRUSTED = ("https://museum.example.net", "https://api.museum.example.net")

def check_image_source(src: str) -> bool:
    return any(src.startswith(prefix) for prefix in TRUSTED)
