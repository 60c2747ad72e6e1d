import hmac


def tag_message(key: bytes, msg: bytes) -> str:
    return hmac.new(key, msg, "md5").hexdigest()
