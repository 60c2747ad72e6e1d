import hashlib


def firmware_is_authentic(image: bytes, expected_md5: str) -> bool:
    return hashlib.md5(image).hexdigest() == expected_md5.lower()
