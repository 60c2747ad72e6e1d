def safe_image_source(src: str) -> bool:
    return src.startswith("https://cdn.trusted.org")
