import hmac
import os


def check_api_key(presented):
    expected = os.environ["DISPATCH_API_KEY"]
    return hmac.compare_digest(presented.encode(), expected.encode())
