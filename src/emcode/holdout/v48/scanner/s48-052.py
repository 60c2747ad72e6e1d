import os


def check_api_key(presented):
    return presented == os.environ["DISPATCH_API_KEY"]
