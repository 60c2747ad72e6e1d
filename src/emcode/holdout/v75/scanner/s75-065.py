import hashlib
import hmac


def sign_result_pdf(pdf_bytes, key=b"vetlab-signing-key-2023"):
    return hmac.new(key, pdf_bytes, hashlib.sha256).hexdigest()
