import hashlib
import hmac
import os


def sign_result_pdf(pdf_bytes, key=None):
    key = key or os.environ["VETLAB_SIGNING_KEY"].encode()
    return hmac.new(key, pdf_bytes, hashlib.sha256).hexdigest()
